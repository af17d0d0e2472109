package se.styrplan.reporting.consistency;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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
import se.styrplan.reporting.consistency.ConsistencyCheck.Report;

@Path("/api/reports/admin/read-model/consistency-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@RolesAllowed(Roles.ADMIN)
public class ConsistencyResource {

    @Inject
    ConsistencyCheck check;

    @POST
    @Operation(operationId = "checkReadModelConsistency", summary = "Compare the read model with the owning services",
            description = "Reads the plans in force from plan-service and each linked indicator's definition, own-area values and "
                    + "targets from indicator-service (client-credentials token of a service client), recomputes the statuses "
                    + "and lists every difference. Changes nothing. 502 when a service cannot be read.")
    @APIResponse(responseCode = "200", description = "The differences; consistent when there are none")
    @APIResponse(responseCode = "502", description = "An owning service could not be read")
    public Report check(@Parameter(description = "Only this plan") @QueryParam("planId") UUID planId) {
        return check.check(planId);
    }
}
