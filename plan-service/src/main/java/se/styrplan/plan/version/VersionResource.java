package se.styrplan.plan.version;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.Proposal;
import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.version.VersionViews.AdoptionInput;
import se.styrplan.plan.version.VersionViews.VersionTree;
import se.styrplan.plan.version.VersionViews.VersionView;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

@Path("/api/plan/versions/{versionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strategic plans and their versions")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
@ProblemResponses.NotFound
public class VersionResource {

    @Inject
    ProposalAccess access;

    @Inject
    VersionService versions;

    @Inject
    TreeResponses treeResponses;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getVersion", summary = "Read a plan version")
    @APIResponse(responseCode = "200", description = "The version")
    public VersionView get(@PathParam("versionId") UUID versionId) {
        return VersionView.of(access.requireReadableVersion(versionId));
    }

    @GET
    @Path("tree")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getVersionTree", summary = "Read a whole version as one tree",
            description = "Introduction sections, then target areas → goals (with SDGs and description) → indicators, all in the plan's order.")
    @APIResponse(responseCode = "200", description = "The version tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionTree.class)))
    // an adopted version's tree comes ready from memory, without a transaction; a fresh read opens its own
    @Transactional(TxType.SUPPORTS)
    public Response tree(@PathParam("versionId") UUID versionId, @Context HttpHeaders request) {
        return treeResponses.tree(versionId, request);
    }

    @POST
    @Path("adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "adoptVersion", summary = "Adopt a draft version",
            description = "Records the decision and makes the version the plan in force. From then on it is an immutable public record. "
                    + "Announces each goal's change from the version in force until then, and the adoption. A proposal's working copy is "
                    + "adopted through its proposal (POST /api/plan/proposals/{id}/adoption), not here.")
    @APIResponse(responseCode = "200", description = "The adopted version")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public VersionView adopt(@PathParam("versionId") UUID versionId, @Valid @NotNull AdoptionInput decision) {
        Proposal proposal = Proposal.ofDraftVersion(versionId);
        if (proposal != null) {
            access.requireReadableVersion(versionId);
            throw ApiException.conflict("proposal-working-copy", "This version is the working copy of the proposal '" + proposal.title
                    + "': adopt the proposal instead (POST /api/plan/proposals/" + proposal.id + "/adoption)");
        }
        return VersionView.of(versions.adopt(versionId, decision));
    }
}
