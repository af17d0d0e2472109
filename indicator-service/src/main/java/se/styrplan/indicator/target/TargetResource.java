package se.styrplan.indicator.target;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import se.styrplan.indicator.measurement.Gender;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** An indicator's targets per year (and gender). */
@Path("/api/indicators/definitions/{id}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator targets", description = "The desired value of an indicator per year, optionally per gender")
@SecurityRequirement(name = "keycloak")
public class TargetResource {

    private static final String ID_EXAMPLE = "7d3f7c2e-5b1a-4c1e-9a57-1f0f3b9c2a10";
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @Inject
    TargetService service;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listIndicatorTargets", summary = "List an indicator's targets",
            description = "Every target of the indicator, by year and then gender.")
    @APIResponse(responseCode = "200", description = "The targets, by year and gender")
    @ProblemResponses.Authenticated
    @ProblemResponses.NotFound
    public List<TargetView> list(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return service.list(id);
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "setIndicatorTarget", summary = "Set a target",
            description = "Sets the indicator's target for the year (and gender, default T), replacing any earlier one. "
                    + "Editors may set targets only for the indicators their department owns. A body equal to the stored "
                    + "target changes nothing (no audit entry, no event). A retired indicator takes no targets (409). "
                    + "Publishes TargetSet.")
    @APIResponse(responseCode = "200", description = "The target as stored")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public TargetView set(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The year the target is for, " + FIRST_YEAR + " to " + LAST_YEAR, example = "2030")
            @PathParam("year") @Min(value = FIRST_YEAR, message = "must be " + FIRST_YEAR + " or later")
            @Max(value = LAST_YEAR, message = "must be " + LAST_YEAR + " or earlier") int year,
            @Valid @NotNull TargetInput input) {
        return service.set(id, year, input);
    }

    @DELETE
    @Path("{year}")
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "removeIndicatorTarget", summary = "Remove a target",
            description = "Removes the indicator's target for the year and gender. Editors may remove targets only for the "
                    + "indicators their department owns. Publishes TargetRemoved.")
    @APIResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public void remove(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The year of the target", example = "2030")
            @PathParam("year") @Min(value = FIRST_YEAR, message = "must be " + FIRST_YEAR + " or later")
            @Max(value = LAST_YEAR, message = "must be " + LAST_YEAR + " or earlier") int year,
            @Parameter(description = "T total (default), K kvinnor, M män", example = "T", schema = @Schema(implementation = Gender.class))
            @QueryParam("gender") @DefaultValue("T") @Pattern(regexp = Gender.CODES, message = "must be one of T, K, M") String gender) {
        service.remove(id, year, gender);
    }
}
