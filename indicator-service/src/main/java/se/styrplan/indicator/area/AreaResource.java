package se.styrplan.indicator.area;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** The areas values are measured for. */
@Path("/api/indicators/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas and comparison sets", description = "The municipalities, regions and country values are measured for, "
        + "and the sets of areas a municipality compares itself with")
@SecurityRequirement(name = "keycloak")
public class AreaResource {

    static final String KINDS = "municipality|region|country";

    @Inject
    AreaRepository areas;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listAreas", summary = "List areas",
            description = "Every area a value can be recorded for, sorted by code: municipalities, regions and the country (Riket, 0000).")
    @APIResponse(responseCode = "200", description = "The areas, sorted by code")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public List<AreaView> list(
            @Parameter(description = "Only areas of this kind", example = "municipality", schema = @Schema(implementation = AreaKind.class))
            @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind) {
        return areas.all(kind == null ? null : Coded.fromCode(AreaKind.class, kind)).stream().map(AreaView::of).toList();
    }
}
