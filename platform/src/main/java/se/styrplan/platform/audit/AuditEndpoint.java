package se.styrplan.platform.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * The audit log read API, the same in every service. A service exposes it under its own path by extending
 * this class with a {@code @Path} annotation.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only log of every write (admins only)")
public abstract class AuditEndpoint {

    @Inject
    AuditQuery query;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "keycloak") // on the method: SmallRye does not inherit a superclass's class-level one
    @Operation(operationId = "listAuditEntries", summary = "List audit entries",
            description = "Every write this service made, newest first: who, when, what, and the state before and after.")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public Page<AuditRecord> list(
            @Parameter(description = "Only entries about this kind of entity", example = "goal")
            @QueryParam("entityType") @Size(max = 100) String entityType,
            @Parameter(description = "Only entries about this entity id")
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @Parameter(description = "Only entries by this actor (username or client id)")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "Only entries at or after this time (ISO 8601)", example = "2026-01-01T00:00:00Z")
            @QueryParam("since") OffsetDateTime since,
            @Valid @BeanParam Paging paging) {
        return query.find(entityType, entityId, actor, since, paging);
    }
}
