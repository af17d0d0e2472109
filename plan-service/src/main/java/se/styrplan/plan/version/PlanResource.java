package se.styrplan.plan.version;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.version.VersionViews.DraftInput;
import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionView;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

@Path("/api/plan/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strategic plans and their versions")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
public class PlanResource {

    @Inject
    ProposalAccess access;

    @Inject
    VersionService versions;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPlans", summary = "List plans")
    @APIResponse(responseCode = "200", description = "One page of plans")
    @ProblemResponses.BadRequest
    public Page<PlanView> list(@Valid @BeanParam Paging paging) {
        List<PlanView> plans = Plan.<Plan>findAll(io.quarkus.panache.common.Sort.by("title")).page(paging.page(), paging.size())
                .list().stream().map(PlanView::of).toList();
        return Page.of(plans, paging, Plan.count());
    }

    @GET
    @Path("{planId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlan", summary = "Read a plan")
    @APIResponse(responseCode = "200", description = "The plan")
    @ProblemResponses.NotFound
    public PlanView get(@PathParam("planId") UUID planId) {
        return PlanView.of(VersionService.requirePlan(planId));
    }

    @GET
    @Path("{planId}/versions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPlanVersions", summary = "List a plan's versions", description = "Oldest first: drafts and adopted versions.")
    @APIResponse(responseCode = "200", description = "The versions")
    @ProblemResponses.NotFound
    public List<VersionView> versions(@PathParam("planId") UUID planId) {
        VersionService.requirePlan(planId);
        // a proposal's working copy is listed to those who may read its proposal
        return PlanVersion.ofPlan(planId).stream().filter(access::mayReadVersion).map(VersionView::of).toList();
    }

    @POST
    @Path("{planId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "createDraftVersion", summary = "Create a draft version",
            description = "Copies a version of the plan (the one in force unless `basedOn` says otherwise) into a new draft that planners can edit.")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Response createDraft(@PathParam("planId") UUID planId, @Valid @NotNull DraftInput input) {
        PlanVersion draft = versions.createDraft(planId, input.basedOn(), input.label());
        return Response.created(URI.create("/api/plan/versions/" + draft.id)).entity(VersionView.of(draft)).build();
    }

}
