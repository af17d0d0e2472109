package se.styrplan.reporting.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Hands committed status changes to every open stream. A change rolled back with its transaction never reaches a
 * browser: the observer runs only after a successful commit. Streams that are slow drop what they cannot take
 * rather than hold the consumers up.
 */
@ApplicationScoped
public class LiveStatus {

    private final BroadcastProcessor<StatusChanged> changes = BroadcastProcessor.create();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusChanged change) {
        changes.onNext(change);
    }

    /** Comments that keep idle connections open through proxies (and the gateway). */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    /** The changes committed from now on. */
    public Multi<StatusChanged> stream() {
        return changes.onOverflow().drop();
    }

    /**
     * The changes as Server-Sent Events (one JSON object per event, the default event type "message"), after a
     * comment sent at once, so that the response's headers leave before the first change (a proxy waiting for them
     * would otherwise give up), and a comment every 20 s.
     */
    public Multi<OutboundSseEvent> events(Sse sse, Multi<StatusChanged> changes) {
        Multi<OutboundSseEvent> data = changes.map(c -> sse.newEventBuilder().id(c.id() + "@" + c.changedAt())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(StatusChanged.class, c).build());
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(() -> sse.newEventBuilder().comment("connected").build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(hello, data, keepAlive);
    }
}
