package se.styrplan.plan.structure;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.GoalInput;
import se.styrplan.plan.structure.StructureInputs.IndicatorLinksInput;
import se.styrplan.plan.structure.StructureInputs.MoveGoalInput;
import se.styrplan.plan.structure.StructureInputs.SdgLinksInput;
import se.styrplan.plan.structure.StructureViews.GoalView;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

@Path("/api/plan/goals/{goalId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan structure")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
@ProblemResponses.NotFound
public class GoalResource {

    @Inject
    ProposalAccess access;

    @Inject
    GoalService goals;

    @Inject
    StructureMapper mapper;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getGoal", summary = "Read a goal", description = "With its description, SDG links and indicators.")
    @APIResponse(responseCode = "200", description = "The goal")
    public GoalView get(@PathParam("goalId") UUID id) {
        Goal goal = Goal.findById(id);
        if (goal == null || !access.mayReadVersion(PlanVersion.require(goal.versionId))) {
            throw ApiException.notFound("Goal", id);
        }
        return mapper.view(goal);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "updateGoal", summary = "Edit a draft's goal", description = "Replaces title, description, responsible body, SDG links and indicators.")
    @APIResponse(responseCode = "200", description = "The goal as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public GoalView update(@PathParam("goalId") UUID id, @Valid @NotNull GoalInput input) {
        return mapper.view(goals.update(id, input));
    }

    @PUT
    @Path("sdgs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "setGoalSdgs", summary = "Set a draft goal's SDG links")
    @APIResponse(responseCode = "200", description = "The goal as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public GoalView setSdgs(@PathParam("goalId") UUID id, @Valid @NotNull SdgLinksInput input) {
        return mapper.view(goals.setSdgs(id, input.sdgs()));
    }

    @PUT
    @Path("indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "setGoalIndicators", summary = "Set a draft goal's indicators")
    @APIResponse(responseCode = "200", description = "The goal as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public GoalView setIndicators(@PathParam("goalId") UUID id, @Valid @NotNull IndicatorLinksInput input) {
        return mapper.view(goals.setIndicators(id, input.indicators()));
    }

    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "moveGoal", summary = "Move a draft's goal to another target area")
    @APIResponse(responseCode = "200", description = "The goal where it is now")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public GoalView move(@PathParam("goalId") UUID id, @Valid @NotNull MoveGoalInput input) {
        return mapper.view(goals.move(id, input.targetAreaId(), input.position()));
    }

    @DELETE
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "removeGoal", summary = "Remove a draft's goal")
    @APIResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.Conflict
    public void remove(@PathParam("goalId") UUID id) {
        goals.remove(id);
    }
}
