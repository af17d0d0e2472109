package se.styrplan.indicator.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** Generates the demo values (the run command's seed loader calls it). */
@Path("/api/indicators/demo-values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class DemoResource {

    @Inject
    DemoValues demo;

    @ConfigProperty(name = "styrplan.demo-values.enabled")
    boolean enabled;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "generateDemoValues", summary = "Generate synthetic demo values",
            description = "Yearly values 2015–2025 of every active indicator for the comparison set karlstad-jamforelse "
                    + "(Karlstad, its comparison municipalities and Riket), per gender where the indicator is divided by gender: "
                    + "plausible for each unit, always the same, marked in the data as status synthetic and source demo. "
                    + "Runs as an import job of kind demo; running it again changes nothing. A value that did not come "
                    + "from the demo is never replaced. For local and demo installations only.")
    @APIResponse(responseCode = "200", description = "The finished job")
    @ProblemResponses.Authenticated
    @APIResponse(responseCode = "404", description = "Demo values are switched off in this installation (the default)")
    public ImportJobView generate() {
        if (!enabled) {
            // synthetic values must never mix with a municipality's real figures
            throw new ApiException(404, "not-found", "Not found",
                    "demo values are switched off in this installation (styrplan.demo-values.enabled)");
        }
        return demo.generate();
    }
}
