package se.styrplan.reporting.rebuild;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.reporting.rebuild.ReadModelDump.TableDigest;
import se.styrplan.reporting.rebuild.ReadModelRebuild.RebuildResult;

@Path("/api/reports/admin/read-model")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance", description = "Rebuild and inspect the read model (admins)")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    ReadModelDump dump;

    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild the read model from the topics",
            description = "Empties the tables built from events and replays styrplan.plan.v1 and styrplan.indicator.v1 from the "
                    + "beginning, while the live consumers wait. Synchronous; answers with what was read and applied. Audited.")
    @APIResponse(responseCode = "200", description = "The rebuild's outcome")
    @ProblemResponses.Conflict
    public RebuildResult rebuild() {
        return rebuild.rebuild();
    }

    @GET
    @Path("digest")
    @Operation(operationId = "readModelDigest", summary = "Row count and SHA-256 of each table built from events",
            description = "Canonical rows (JSON, sorted, without write times): equal digests mean equal read models.")
    @APIResponse(responseCode = "200", description = "The digest")
    public Map<String, TableDigest> digest() {
        return dump.digest();
    }
}
