package se.styrplan.indicator.area;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** The comparison sets a municipality reads its values against. */
@Path("/api/indicators/comparison-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas and comparison sets")
@SecurityRequirement(name = "keycloak")
public class ComparisonSetResource {

    @Inject
    AreaRepository areas;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listComparisonSets", summary = "List comparison sets",
            description = "Every comparison set with its own municipality and members (the own municipality and the country included).")
    @APIResponse(responseCode = "200", description = "The comparison sets, sorted by code")
    @ProblemResponses.Authenticated
    public List<ComparisonSetView> list() {
        return areas.allSets().stream().map(AreaRepository::view).toList();
    }
}
