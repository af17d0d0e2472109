package se.styrplan.indicator.measurement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** An indicator's values over time for one area and gender. */
@Path("/api/indicators/definitions/{id}/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values")
@SecurityRequirement(name = "keycloak")
public class SeriesResource {

    @Inject
    MeasurementService service;

    @Inject
    SeriesCache cache;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "getIndicatorSeries", summary = "Get a series of values",
            description = "The indicator's values for one area and gender in period order, each with its status and source, "
                    + "optionally limited to the years from..to (both included).")
    @APIResponse(responseCode = "200", description = "The series; no points when nothing is recorded")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Series series(
            @Parameter(description = "The indicator's id", example = MeasurementResource.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The area's 4-digit code", example = "1780", required = true)
            @QueryParam("area") @NotNull(message = "is required: a 4-digit area code")
            @Pattern(regexp = MeasurementResource.AREA, message = "must be a 4-digit area code") String area,
            @Parameter(description = "T total (default), K kvinnor, M män", example = "T", schema = @Schema(implementation = Gender.class))
            @QueryParam("gender") @DefaultValue("T") @Pattern(regexp = Gender.CODES, message = "must be one of T, K, M") String gender,
            @Parameter(description = "First year, included", example = "2015")
            @QueryParam("from") @Min(value = ValueRules.FIRST_YEAR, message = "must be " + ValueRules.FIRST_YEAR + " or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer from,
            @Parameter(description = "Last year, included", example = "2025")
            @QueryParam("to") @Min(value = ValueRules.FIRST_YEAR, message = "must be " + ValueRules.FIRST_YEAR + " or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer to) {
        return cache.get(new SeriesCache.Key(id, area, gender, from, to), () -> service.series(id, area, gender, from, to));
    }
}
