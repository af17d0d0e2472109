package se.styrplan.plan.publicapi;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalService;
import se.styrplan.plan.proposal.ProposalViews.ComparisonView;
import se.styrplan.plan.proposal.ProposalViews.ProposalView;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** Submitted proposals are public records: anyone may read them, their changes and their documents. Drafts never appear here. */
@Path("/public/plan/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public plan", description = "Adopted plans and reference data, readable without login")
@PermitAll
@Transactional
public class PublicProposalResource {

    @Inject
    ProposalService proposals;

    @GET
    @Operation(operationId = "listPublicProposals", summary = "List submitted proposals",
            description = "Every proposal once submitted (submitted, adopted, rejected, or withdrawn after submission); never drafts.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @ProblemResponses.BadRequest
    public Page<ProposalView> list(@Parameter(description = "Only proposals of this plan") @QueryParam("plan") UUID plan,
            @Valid @BeanParam Paging paging) {
        return proposals.list(plan, null, true, paging);
    }

    @GET
    @Path("{proposalId}")
    @Operation(operationId = "getPublicProposal", summary = "Read a submitted proposal")
    @APIResponse(responseCode = "200", description = "The proposal")
    @ProblemResponses.NotFound
    public ProposalView get(@PathParam("proposalId") UUID id) {
        return proposals.view(proposals.publicProposal(id), true);
    }

    @GET
    @Path("{proposalId}/changes")
    @Operation(operationId = "getPublicProposalChanges", summary = "A submitted proposal's changes")
    @APIResponse(responseCode = "200", description = "The changes")
    @ProblemResponses.NotFound
    public ComparisonView changes(@PathParam("proposalId") UUID id) {
        return proposals.changes(proposals.publicProposal(id));
    }

    @GET
    @Path("{proposalId}/document")
    @Produces("text/html;charset=UTF-8")
    @Operation(operationId = "getPublicProposalDocument", summary = "A submitted proposal as a document",
            description = "HTML that reads like the marked-up plan document; printable.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @ProblemResponses.NotFound
    public String document(@PathParam("proposalId") UUID id) {
        return proposals.document(proposals.publicProposal(id));
    }
}
