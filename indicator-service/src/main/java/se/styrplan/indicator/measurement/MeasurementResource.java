package se.styrplan.indicator.measurement;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** Manual entry and correction of an indicator's values, and a value's correction history. */
@Path("/api/indicators/definitions/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator values", description = "An indicator's values by area, period and gender: entry, correction, history, "
        + "series, cross-sections and comparisons")
@SecurityRequirement(name = "keycloak")
public class MeasurementResource {

    static final String ID_EXAMPLE = "7d3f7c2e-5b1a-4c1e-9a57-1f0f3b9c2a10";
    static final String AREA = "^[0-9]{4}$";
    static final String PERIOD = "^[0-9]{4}(H[12])?$";

    @Inject
    MeasurementService service;

    @PUT
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "recordIndicatorValues", summary = "Record or correct values",
            description = "Records new values and corrects existing ones (1 to " + MeasurementService.MAX_VALUES + " per request). "
                    + "Editors may write only the indicators their department owns; planners and admins every indicator. "
                    + "A changed value keeps its earlier state in the history; a value equal to the stored one changes "
                    + "nothing (no history, no audit entry, no event). All or nothing: when any value is invalid the "
                    + "problem lists every invalid one by index and nothing is written. "
                    + "Publishes one MeasurementsRecorded event for the whole request when anything changed.")
    @APIResponse(responseCode = "200", description = "What the request did to each value")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public RecordResult record(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @RequestBody(description = "The values, each for an area, period and gender", required = true,
                    content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ValueInput.class,
                                    minItems = 1, maxItems = MeasurementService.MAX_VALUES)))
            @NotNull(message = "must be a list of values")
            @Size(min = 1, max = MeasurementService.MAX_VALUES, message = "must hold 1 to " + MeasurementService.MAX_VALUES
                    + " values; send more in several requests")
            List<ValueInput> values) {
        return service.record(id, values);
    }

    @GET
    @Path("{areaCode}/{period}/{gender}/history")
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "getIndicatorValueHistory", summary = "Get a value's correction history",
            description = "The value as it is now, and every earlier state it had (old value, status, source, who recorded it) "
                    + "with who replaced it and when, newest first.")
    @APIResponse(responseCode = "200", description = "The value and its earlier states")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public ValueHistory history(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The area's 4-digit code", example = "1780")
            @PathParam("areaCode") @Pattern(regexp = AREA, message = "must be a 4-digit area code") String areaCode,
            @Parameter(description = "Year or half-year", example = "2024")
            @PathParam("period") @Pattern(regexp = PERIOD, message = "must be a year such as 2024 or a half-year such as 2024H1")
            String period,
            @Parameter(description = "T, K or M", example = "T", schema = @Schema(implementation = Gender.class))
            @PathParam("gender") @Pattern(regexp = Gender.CODES, message = "must be one of T, K, M") String gender) {
        return service.history(id, areaCode, period, gender);
    }
}
