package se.styrplan.plan.proposal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.plan.version.PlanVersion;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.security.Roles;

/**
 * Who may read and write proposals and their working copies. Planners and admins: everything. A party group's
 * members: their group's proposals, while drafts. Everyone logged in: proposals that are no longer drafts. Drafts
 * of others are not found (404), so that their existence does not leak either.
 */
@ApplicationScoped
public class ProposalAccess {

    @Inject
    CurrentUser user;

    public boolean isPlanner() {
        return user.hasRole(Roles.PLANNER) || user.hasRole(Roles.ADMIN);
    }

    public boolean isAuthor(Proposal proposal) {
        return proposal.authorGroup != null && !user.isAnonymous() && user.partyGroups().contains(proposal.authorGroup);
    }

    public boolean mayRead(Proposal proposal) {
        return proposal.status != ProposalStatus.DRAFT || isPlanner() || isAuthor(proposal);
    }

    /** The proposal, if the caller may read it; 404 otherwise. */
    public Proposal readable(UUID id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null || !mayRead(proposal)) {
            throw ApiException.notFound("Proposal", id);
        }
        return proposal;
    }

    /** Its authors (the party group's members) and planners write a proposal. */
    public void requireWriter(Proposal proposal) {
        if (!isPlanner() && !isAuthor(proposal)) {
            throw ApiException.forbidden("Only the proposal's authors (" + proposal.authorName + ") and planners may change it");
        }
    }

    /**
     * Checks that the caller may edit the version's structure: a proposal's working copy while the proposal is a
     * draft, by its authors or planners; any other draft by planners. Adopted versions never (409).
     */
    public PlanVersion requireEditableVersion(UUID versionId) {
        PlanVersion version = PlanVersion.require(versionId);
        Proposal proposal = Proposal.ofDraftVersion(versionId);
        if (proposal == null) {
            if (!isPlanner()) {
                throw ApiException.forbidden("Only planners and admins edit the plan's versions; party groups edit their own proposals");
            }
            version.requireDraft();
            return version;
        }
        if (!mayRead(proposal)) {
            throw ApiException.notFound("Plan version", versionId);
        }
        requireWriter(proposal);
        version.requireDraft();
        if (proposal.status != ProposalStatus.DRAFT) {
            throw ApiException.conflict("proposal-not-draft", "Version " + version.number + " is the working copy of the proposal '"
                    + proposal.title + "', which is " + proposal.status.code() + ": it can no longer be edited");
        }
        return version;
    }

    /** Checks that the caller may read the version: a proposal's working copy is read with its proposal (404 otherwise). */
    public PlanVersion requireReadableVersion(UUID versionId) {
        PlanVersion version = PlanVersion.require(versionId);
        if (!mayReadVersion(version)) {
            throw ApiException.notFound("Plan version", versionId);
        }
        return version;
    }

    public boolean mayReadVersion(PlanVersion version) {
        if (version.isAdopted() || isPlanner()) {
            return true;
        }
        Proposal proposal = Proposal.ofDraftVersion(version.id);
        return proposal == null || mayRead(proposal);
    }
}
