package se.styrplan.reporting.rollup;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import se.styrplan.reporting.rollup.RollupViews.DepartmentRollups;
import se.styrplan.reporting.rollup.RollupViews.SdgRollups;
import se.styrplan.reporting.rollup.RollupViews.TargetAreaRollups;

@Path("/api/reports/rollups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal follow-up")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@RolesAllowed(Roles.VIEWER)
public class RollupResource {

    @Inject
    Rollups rollups;

    @GET
    @Path("target-areas")
    @Operation(operationId = "rollupByTargetArea", summary = "Roll-up per target area",
            description = "Of a target area's assessed goals: off_track when at least a third are off track, on_track when "
                    + "all are on track, partly otherwise; not_assessed when none is.")
    @APIResponse(responseCode = "200", description = "The target areas")
    public TargetAreaRollups targetAreas(@Parameter(description = "Only this plan") @QueryParam("planId") UUID planId) {
        return rollups.targetAreas(planId);
    }

    @GET
    @Path("sdgs")
    @Operation(operationId = "rollupBySdg", summary = "Roll-up per Agenda 2030 goal",
            description = "The adopted goals linked to each SDG, by the target-area rule; a goal linked to several SDGs counts in each.")
    @APIResponse(responseCode = "200", description = "The SDGs")
    public SdgRollups sdgs(@Parameter(description = "Only this plan") @QueryParam("planId") UUID planId) {
        return rollups.sdgs(planId);
    }

    @GET
    @Path("departments")
    @Operation(operationId = "rollupByDepartment", summary = "Roll-up per department",
            description = "The indicators a department owns that follow up adopted goals, each counted once, by the goal rule: "
                    + "off_track when at least a third of the counted ones are off track, on_track when none is, partly otherwise.")
    @APIResponse(responseCode = "200", description = "The departments")
    public DepartmentRollups departments(@Parameter(description = "Only this plan") @QueryParam("planId") UUID planId) {
        return rollups.departments(planId);
    }
}
