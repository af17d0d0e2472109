package se.styrplan.reporting.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** Server-Sent Events: status changes pushed to open browsers once they are committed. */
@Path("/api/reports/stream")
@Tag(name = "Live updates", description = "Status changes as Server-Sent Events")
public class StatusStreamResource {

    @Inject
    LiveStatus live;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.VIEWER)
    @SecurityRequirement(name = "keycloak")
    @ProblemResponses.Authenticated
    @Operation(operationId = "streamStatusChanges", summary = "Status changes as they happen",
            description = "A Server-Sent Events stream: one JSON StatusChanged per event, for indicators and goals, "
                    + "sent after the change is committed (the same changes as styrplan.reporting.v1).")
    @APIResponse(responseCode = "200", description = "The stream: one StatusChanged (JSON) per event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = StatusChanged.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return live.events(sse, live.stream());
    }
}
