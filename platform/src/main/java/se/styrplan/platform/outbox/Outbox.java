package se.styrplan.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.platform.events.CloudEvent;

/**
 * Where a service puts the events of a change: in the same database transaction as the change itself. The
 * {@link OutboxRelay} sends them to Kafka after the commit, so an event exists exactly when its change does.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    @ConfigProperty(name = "styrplan.events.source")
    String source;

    /**
     * @param key  the aggregate's id: the Kafka key, so one aggregate's events stay in order
     * @param type the versioned event type, e.g. {@code se.styrplan.plan.GoalChanged.v1}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String key, String type, String subject, Object data) {
        JsonNode payload = json.valueToTree(data);
        CloudEvent event = CloudEvent.of(source, type, subject, payload);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.key = key;
        row.type = type;
        row.createdAt = OffsetDateTime.now();
        try {
            row.envelope = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise event " + type, e);
        }
        em.persist(row);
        // wakes the relay once this transaction commits (observed AFTER_SUCCESS), instead of waiting for its next poll
        written.fire(new OutboxWritten());
        return event;
    }

    /** Fired inside the writing transaction; observers act after its commit. */
    public record OutboxWritten() {
    }
}
