package se.styrplan.reporting.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import se.styrplan.reporting.api.ReportViews.IndicatorStatusView;

@Path("/api/reports/indicators/{indicatorId}/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal follow-up")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
public class IndicatorStatusResource {

    @Inject
    ReportQueries queries;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getIndicatorStatus", summary = "An indicator's status",
            description = "For the own municipality, gender T: status against its latest target year, trend given its "
                    + "direction, latest value, forecast with its 95 % prediction interval, gender gap, and whether the "
                    + "latest due value is not yet published.")
    @APIResponse(responseCode = "200", description = "The indicator's status")
    @ProblemResponses.NotFound
    public IndicatorStatusView get(@PathParam("indicatorId") UUID indicatorId) {
        return queries.indicator(indicatorId);
    }
}
