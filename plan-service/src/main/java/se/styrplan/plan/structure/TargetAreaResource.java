package se.styrplan.plan.structure;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import se.styrplan.plan.structure.StructureInputs.GoalInput;
import se.styrplan.plan.structure.StructureInputs.OrderInput;
import se.styrplan.plan.structure.StructureInputs.TargetAreaInput;
import se.styrplan.plan.structure.StructureViews.GoalView;
import se.styrplan.plan.structure.StructureViews.TargetAreaView;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

@Path("/api/plan/target-areas/{targetAreaId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan structure")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
@ProblemResponses.NotFound
public class TargetAreaResource {

    @Inject
    ProposalAccess access;

    @Inject
    TargetAreaService areas;

    @Inject
    GoalService goals;

    @Inject
    StructureMapper mapper;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getTargetArea", summary = "Read a target area")
    @APIResponse(responseCode = "200", description = "The target area")
    public TargetAreaView get(@PathParam("targetAreaId") UUID id) {
        return mapper.view(require(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "updateTargetArea", summary = "Edit a draft's target area")
    @APIResponse(responseCode = "200", description = "The target area as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public TargetAreaView update(@PathParam("targetAreaId") UUID id, @Valid @NotNull TargetAreaInput input) {
        return mapper.view(areas.update(id, input));
    }

    @DELETE
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "removeTargetArea", summary = "Remove a draft's target area, with its goals")
    @APIResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.Conflict
    public void remove(@PathParam("targetAreaId") UUID id) {
        areas.remove(id);
    }

    @GET
    @Path("goals")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listTargetAreaGoals", summary = "List a target area's goals")
    @APIResponse(responseCode = "200", description = "The goals in order")
    public List<GoalView> goals(@PathParam("targetAreaId") UUID id) {
        require(id);
        return Goal.ofTargetArea(id).stream().map(mapper::view).toList();
    }

    @POST
    @Path("goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "createGoal", summary = "Add a goal to a draft's target area", description = "Added last; reorder to move it.")
    @APIResponse(responseCode = "201", description = "The new goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public Response createGoal(@PathParam("targetAreaId") UUID id, @Valid @NotNull GoalInput input) {
        Goal goal = goals.create(id, input);
        return Response.created(URI.create("/api/plan/goals/" + goal.id)).entity(mapper.view(goal)).build();
    }

    @PUT
    @Path("goals/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "reorderGoals", summary = "Reorder a draft's goals within a target area")
    @APIResponse(responseCode = "204", description = "Reordered")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public void reorderGoals(@PathParam("targetAreaId") UUID id, @Valid @NotNull OrderInput order) {
        goals.reorder(id, order.ids());
    }

    private TargetArea require(UUID id) {
        TargetArea area = TargetArea.findById(id);
        if (area == null || !access.mayReadVersion(PlanVersion.require(area.versionId))) {
            throw ApiException.notFound("Target area", id);
        }
        return area;
    }
}
