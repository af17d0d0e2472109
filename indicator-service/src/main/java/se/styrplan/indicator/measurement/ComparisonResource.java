package se.styrplan.indicator.measurement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** The own municipality against its comparison set and the country. */
@Path("/api/indicators/definitions/{id}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values")
@SecurityRequirement(name = "keycloak")
public class ComparisonResource {

    @Inject
    ComparisonService service;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "compareIndicatorValues", summary = "Compare with the comparison set and the country",
            description = "For one period and gender: the own municipality's value, each comparison municipality's value (by "
                    + "name), the country's (Riket), and the median of the comparison municipalities.")
    @APIResponse(responseCode = "200", description = "The comparison; areas without a recorded value have no value")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Comparison compare(
            @Parameter(description = "The indicator's id", example = MeasurementResource.ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Year or half-year", example = "2024", required = true)
            @QueryParam("period") @NotNull(message = "is required: a year such as 2024")
            @Pattern(regexp = MeasurementResource.PERIOD, message = "must be a year such as 2024 or a half-year such as 2024H1")
            String period,
            @Parameter(description = "The comparison set's code (see listComparisonSets)", example = "karlstad-jamforelse", required = true)
            @QueryParam("set") @NotNull(message = "is required: a comparison set's code")
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a comparison set's code") String set,
            @Parameter(description = "T total (default), K kvinnor, M män", example = "T", schema = @Schema(implementation = Gender.class))
            @QueryParam("gender") @DefaultValue("T") @Pattern(regexp = Gender.CODES, message = "must be one of T, K, M") String gender) {
        return service.compare(id, period, gender, set);
    }
}
