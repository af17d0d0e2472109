package se.styrplan.reporting.comparison;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.readmodel.ReportIndicator;

@Path("/api/reports/indicators/{indicatorId}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal follow-up")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
public class ComparisonResource {

    @Inject
    Comparisons comparisons;

    @Inject
    ReportingConfig config;

    @Schema(name = "IndicatorComparison", description = "An indicator's values: own municipality, comparison set median, "
            + "Riket, and the gender split, per period")
    public record ComparisonView(UUID indicatorId, String ownArea, List<String> comparisonAreas, String countryArea,
            List<ComparisonRow> periods) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getIndicatorComparison", summary = "An indicator against its comparison set and Riket",
            description = "Per period: the own municipality's value (gender T) and status, the median of the comparison "
                    + "municipalities that have a value, Riket, and the own values of women and men. All statuses are "
                    + "included; suppressed values are null.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @ProblemResponses.NotFound
    public ComparisonView get(@PathParam("indicatorId") UUID indicatorId) {
        if (ReportIndicator.findById(indicatorId) == null) {
            throw ApiException.notFound("Indicator", indicatorId);
        }
        return new ComparisonView(indicatorId, config.ownArea(), config.comparisonAreas(), config.countryArea(),
                comparisons.series(indicatorId));
    }
}
