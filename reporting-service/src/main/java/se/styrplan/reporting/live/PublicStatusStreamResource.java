package se.styrplan.reporting.live;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Multi;

/** The public variant of the live stream, beside the open data (its own class: JAX-RS picks a class by its path first). */
@Path("/open-data/stream")
@Tag(name = "Live updates")
public class PublicStatusStreamResource {

    @Inject
    LiveStatus live;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermitAll
    @Operation(operationId = "streamPublicGoalStatusChanges", summary = "Goal status changes, without login",
            description = "The goal changes of the authenticated stream: goals exist here only for adopted versions, "
                    + "so nothing of a draft is ever sent. Indicator changes are left out (they may come from "
                    + "preliminary values, which the open data does not publish).")
    @APIResponse(responseCode = "200", description = "The stream: one StatusChanged (JSON) per event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = StatusChanged.class)))
    public Multi<OutboundSseEvent> publicStream(@Context Sse sse) {
        return live.events(sse, live.stream().select().where(c -> StatusChanged.GOAL.equals(c.kind())));
    }
}
