package se.styrplan.indicator.measurement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** A period's values over all indicators: the yearly follow-up's view. */
@Path("/api/indicators/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values")
@SecurityRequirement(name = "keycloak")
public class CrossSectionResource {

    @Inject
    MeasurementService service;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listIndicatorValues", summary = "List a period's values over all indicators",
            description = "A cross-section: every recorded value for one period, area and gender, one per indicator, sorted by "
                    + "the indicator's title, paged; optionally only the indicators a department owns.")
    @APIResponse(responseCode = "200", description = "One page of values, sorted by indicator title")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public Page<CrossSectionValue> list(
            @Parameter(description = "Year or half-year", example = "2024", required = true)
            @QueryParam("period") @NotNull(message = "is required: a year such as 2024")
            @Pattern(regexp = MeasurementResource.PERIOD, message = "must be a year such as 2024 or a half-year such as 2024H1")
            String period,
            @Parameter(description = "The area's 4-digit code", example = "1780", required = true)
            @QueryParam("area") @NotNull(message = "is required: a 4-digit area code")
            @Pattern(regexp = MeasurementResource.AREA, message = "must be a 4-digit area code") String area,
            @Parameter(description = "T total (default), K kvinnor, M män", example = "T", schema = @Schema(implementation = Gender.class))
            @QueryParam("gender") @DefaultValue("T") @Pattern(regexp = Gender.CODES, message = "must be one of T, K, M") String gender,
            @Parameter(description = "Only indicators owned by this department (its code)", example = "miljoforvaltningen")
            @QueryParam("department") @Pattern(regexp = "^[a-z0-9-]{2,80}$", message = "must be a department code") String department,
            @Valid @BeanParam Paging paging) {
        return service.crossSection(period, area, gender, department, paging);
    }
}
