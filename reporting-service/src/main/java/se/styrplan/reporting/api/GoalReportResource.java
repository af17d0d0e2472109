package se.styrplan.reporting.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.reporting.api.ReportViews.GoalReport;
import se.styrplan.reporting.api.ReportViews.GoalsReport;

/** The follow-up of the adopted plans' goals, from the read model (statuses are computed when events arrive). */
@Path("/api/reports/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal follow-up", description = "How the adopted plans' goals, target areas and indicators are doing")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
public class GoalReportResource {

    @Inject
    ReportQueries queries;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listGoalStatuses", summary = "The adopted plans' goals with their status",
            description = "Every goal of each plan's version in force, in the plan's order, with its roll-up status "
                    + "(on_track, partly, off_track, not_assessed) and how its indicators counted; and the same roll-up "
                    + "per target area and per plan.")
    @APIResponse(responseCode = "200", description = "The goals and roll-ups")
    public GoalsReport list(
            @Parameter(description = "Only this plan") @QueryParam("planId") UUID planId) {
        return queries.goals(planId);
    }

    @GET
    @Path("{goalId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getGoalStatus", summary = "A goal with each indicator's status",
            description = "The goal's roll-up and, for each of its indicators: status against its target, trend, latest "
                    + "value, target, forecast to the target year with its prediction interval, and the gender gap. "
                    + "Only goals of versions in force exist here: a goal's id changes with every version, its key does not.")
    @APIResponse(responseCode = "200", description = "The goal and its indicators")
    @ProblemResponses.NotFound
    public GoalReport get(@PathParam("goalId") UUID goalId) {
        return queries.goal(goalId);
    }
}
