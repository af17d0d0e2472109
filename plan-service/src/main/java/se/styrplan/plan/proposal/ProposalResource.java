package se.styrplan.plan.proposal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalViews.ComparisonView;
import se.styrplan.plan.proposal.ProposalViews.NoteInput;
import se.styrplan.plan.proposal.ProposalViews.ProposalComparisonView;
import se.styrplan.plan.proposal.ProposalViews.ProposalInput;
import se.styrplan.plan.proposal.ProposalViews.ProposalUpdate;
import se.styrplan.plan.proposal.ProposalViews.ProposalView;
import se.styrplan.plan.proposal.ProposalViews.RejectionInput;
import se.styrplan.plan.version.VersionViews.AdoptionInput;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * Proposals to revise a plan. Planners and admins create, edit and decide on any; a party group's members create,
 * edit and submit their own group's; everyone logged in reads those that are no longer drafts.
 */
@Path("/api/plan/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Revision proposals: working copies of the plan with comments and motivations, their changes, "
        + "documents, comparisons and decisions; and statements")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
public class ProposalResource {

    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    ProposalService proposals;

    @Inject
    ProposalAccess access;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listProposals", summary = "List proposals",
            description = "Oldest first. Drafts are listed only to their party group and to planners.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @ProblemResponses.BadRequest
    public Page<ProposalView> list(
            @Parameter(description = "Only proposals of this plan") @QueryParam("plan") UUID plan,
            @Parameter(description = "Only proposals in this status", schema = @Schema(enumeration = { "draft", "submitted", "adopted", "rejected", "withdrawn" }))
            @QueryParam("status") String status,
            @Valid @BeanParam Paging paging) {
        return proposals.list(plan, status(status), false, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "createProposal", summary = "Create a proposal",
            description = "A revision gets a working copy of the plan in force (`draftVersionId`), edited with the plan structure operations "
                    + "while the proposal is a draft; a statement is text only. Planners and admins write for the central office or any "
                    + "party group, a party group's members for their own group.")
    @APIResponse(responseCode = "201", description = "The new proposal, a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response create(@Valid @NotNull ProposalInput input) {
        Proposal p = proposals.create(input);
        return Response.created(URI.create("/api/plan/proposals/" + p.id)).entity(proposals.view(p, false)).build();
    }

    @GET
    @Path("compare")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "compareProposals", summary = "Compare proposals side by side",
            description = "Revisions of the same base version: each one's changes per item, and the items two of them change differently "
                    + "(conflicts: adopting one makes the other's adoption fail).")
    @APIResponse(responseCode = "200", description = "The proposals side by side")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public ProposalComparisonView compare(
            @Parameter(description = "Two or more proposal ids, comma-separated", required = true)
            @QueryParam("ids") @NotBlank @Size(max = 400) String ids) {
        List<UUID> parsed = new ArrayList<>();
        for (String id : ids.split(",")) {
            try {
                parsed.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("ids", "'" + id.strip() + "' is not a proposal id");
            }
        }
        return proposals.compareProposals(parsed);
    }

    @GET
    @Path("{proposalId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProposal", summary = "Read a proposal", description = "With its comments and motivations.")
    @APIResponse(responseCode = "200", description = "The proposal")
    @ProblemResponses.NotFound
    public ProposalView get(@PathParam("proposalId") UUID id) {
        return proposals.view(access.readable(id), false);
    }

    @PUT
    @Path("{proposalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "updateProposal", summary = "Edit a draft proposal's title (and a statement's text)")
    @APIResponse(responseCode = "200", description = "The proposal as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ProposalView update(@PathParam("proposalId") UUID id, @Valid @NotNull ProposalUpdate input) {
        return proposals.view(proposals.update(id, input), false);
    }

    @PUT
    @Path("{proposalId}/notes/{itemKind}/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "setProposalNote", summary = "Set a draft proposal's comment and motivation for an item",
            description = "The item is named by kind and stable key, as in the changes; an indicator's key is the goal's key, ':' and the "
                    + "indicator id. Empty fields remove the note.")
    @APIResponse(responseCode = "200", description = "The note as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public NoteView setNote(@PathParam("proposalId") UUID id,
            @Parameter(schema = @Schema(enumeration = { "section", "target_area", "goal", "goal_text", "sdg", "indicator" }))
            @PathParam("itemKind") String itemKind,
            @PathParam("itemKey") @Size(max = 300) String itemKey,
            @Valid @NotNull NoteInput input) {
        return proposals.putNote(id, itemKind, itemKey, input);
    }

    @POST
    @Path("{proposalId}/submission")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "submitProposal", summary = "Submit a draft proposal",
            description = "From then on it cannot be edited, and it is a public record, readable without login.")
    @APIResponse(responseCode = "200", description = "The submitted proposal")
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ProposalView submit(@PathParam("proposalId") UUID id) {
        return proposals.view(proposals.submit(id), false);
    }

    @POST
    @Path("{proposalId}/withdrawal")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a draft or submitted proposal")
    @APIResponse(responseCode = "200", description = "The withdrawn proposal")
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ProposalView withdraw(@PathParam("proposalId") UUID id) {
        return proposals.view(proposals.withdraw(id), false);
    }

    @POST
    @Path("{proposalId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "rejectProposal", summary = "Reject a submitted proposal", description = "With the decision, if there was one.")
    @APIResponse(responseCode = "200", description = "The rejected proposal")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ProposalView reject(@PathParam("proposalId") UUID id,
            @RequestBody(required = false, description = "The decision, if there was one") @Valid RejectionInput decision) {
        return proposals.view(proposals.reject(id, decision), false);
    }

    @POST
    @Path("{proposalId}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "adoptProposal", summary = "Adopt a submitted revision",
            description = "In one transaction: the next adopted version is made (the working copy itself when its base is still the version "
                    + "in force, otherwise the proposal's changes applied to a copy of the version in force), the decision is recorded on "
                    + "the proposal and the version, and every goal change and the adoption are announced. Refused with 409 naming the "
                    + "item when a version adopted since the proposal's base changed the same item differently.")
    @APIResponse(responseCode = "200", description = "The adopted proposal, with the version its adoption made")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ProposalView adopt(@PathParam("proposalId") UUID id, @Valid @NotNull AdoptionInput decision) {
        return proposals.view(proposals.adopt(id, decision), false);
    }

    @GET
    @Path("{proposalId}/changes")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProposalChanges", summary = "A proposal's changes",
            description = "Its working copy compared with its base version by stable key: items added, removed, changed, moved, reordered, "
                    + "with word-level text differences and the proposal's comment and motivation at each item. Empty for a statement.")
    @APIResponse(responseCode = "200", description = "The changes")
    @ProblemResponses.NotFound
    public ComparisonView changes(@PathParam("proposalId") UUID id) {
        return proposals.changes(access.readable(id));
    }

    @GET
    @Path("{proposalId}/document")
    @Produces(HTML)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProposalDocument", summary = "A proposal as a document",
            description = "HTML that reads like the marked-up plan document: the colour legend, new text in <ins>, removed text in <del>, "
                    + "comments and motivations at their items; printable. A statement's text for a statement.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @ProblemResponses.NotFound
    public String document(@PathParam("proposalId") UUID id) {
        return proposals.document(access.readable(id));
    }

    static ProposalStatus status(String code) {
        if (code == null) {
            return null;
        }
        ProposalStatus status = ProposalStatus.ofCode(code);
        if (status == null) {
            throw ApiException.invalid("status", "must be one of draft, submitted, adopted, rejected, withdrawn");
        }
        return status;
    }
}
