package se.styrplan.reporting.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentRequest;
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentView;
import se.styrplan.reporting.assessment.AssessmentViews.GoalAssessments;

/** The owners' own assessment of a goal, per year, next to the computed roll-up. */
@Path("/api/reports/goals/{goalId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "The owners' judgement of each goal and year, with an analysis")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listGoalAssessments", summary = "A goal's assessments",
            description = "The current judgement of each year and every entry with who made it and when.")
    @APIResponse(responseCode = "200", description = "The assessments")
    @ProblemResponses.NotFound
    public GoalAssessments list(@PathParam("goalId") UUID goalId) {
        return assessments.of(goalId);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "assessGoal", summary = "Record the owner's judgement of a goal for a year",
            description = "uppfyllt, delvis_uppfyllt or ej_uppfyllt with an analysis text. Planners may assess any goal; "
                    + "an editor only the goals whose indicators their department owns. The entry replaces the year's "
                    + "current one; the earlier ones stay as history. Audited.")
    @APIResponse(responseCode = "200", description = "The year's assessment as recorded")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public AssessmentView assess(@PathParam("goalId") UUID goalId, @PathParam("year") int year,
            @Valid @NotNull AssessmentRequest request) {
        return assessments.record(goalId, year, request);
    }
}
