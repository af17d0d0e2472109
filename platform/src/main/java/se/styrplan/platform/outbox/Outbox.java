package se.styrplan.platform.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.platform.events.CloudEvent;
import se.styrplan.platform.tracing.EventTracing;
import se.styrplan.platform.tracing.TraceContext;

/**
 * Where a service puts the events of a change: in the same database transaction as the change itself. The
 * {@link OutboxRelay} sends them to Kafka after the commit, so an event exists exactly when its change does.
 * An event written inside a trace carries that trace's context as the envelope's {@code traceparent} (and
 * {@code tracestate}), so that the relay can continue the trace on Kafka ({@link EventTracing}).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "styrplan.events.source")
    String source;

    /**
     * @param key  the aggregate's id: the Kafka key, so one aggregate's events stay in order
     * @param type the versioned event type, e.g. {@code se.styrplan.plan.GoalChanged.v1}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, String type, String subject, Object data) {
        CloudEvent event = CloudEvent.of(source, type, subject, null);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.key = key;
        row.type = type;
        row.createdAt = OffsetDateTime.now();
        // the data serialised once, in place
        row.envelope = serialise(new Envelope(event, tracing.current(), data), type);
        em.persist(row);
        // wakes the relay once this transaction commits (observed AFTER_SUCCESS), instead of waiting for its next poll
        written.fire(new OutboxWritten());
    }

    /** An event to publish with others in one go: see {@link #publishAll}. */
    public record Pending(String key, String type, String subject, Object data) {
    }

    /**
     * How many rows one JDBC batch carries: a bulk import's events are up to ~80 kB each, and a batch's envelopes are
     * held (as text, then as bytes) until it is sent; ten keep that under a MB, which a small heap's young generation
     * absorbs.
     */
    static final int BATCH = 10;

    private static final String INSERT = "insert into outbox_event (id, topic, event_key, type, envelope, created_at) "
            + "values (?, ?, ?, ?, ?, ?)";

    /**
     * Like {@link #publish} for many events of one topic, in their order, as JDBC batches on the transaction's own
     * connection instead of one insert (and one identity round trip) each: an import chunk writes hundreds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        TraceContext trace = tracing.current(); // once: every event of the call is written in the same span
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int batched = 0;
                for (Pending pending : events) {
                    CloudEvent attributes = CloudEvent.of(source, pending.type(), pending.subject(), null);
                    insert.setObject(1, UUID.fromString(attributes.id()));
                    insert.setString(2, topic);
                    insert.setString(3, pending.key());
                    insert.setString(4, pending.type());
                    insert.setString(5, serialise(new Envelope(attributes, trace, pending.data()), pending.type()));
                    insert.setObject(6, now);
                    insert.addBatch();
                    if (++batched % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (batched % BATCH != 0) {
                    insert.executeBatch();
                }
            }
        });
        written.fire(new OutboxWritten());
    }

    private String serialise(Envelope envelope, String type) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise event " + type, e);
        }
    }

    /**
     * The CloudEvent as written: its attributes in {@link CloudEvent}'s order, the Distributed Tracing extension's
     * when there is a trace (left out otherwise), then the data as given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "traceparent",
            "tracestate", "data" })
    record Envelope(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, String traceparent, String tracestate, Object data) {

        Envelope(CloudEvent attributes, TraceContext trace, Object data) {
            this(attributes.specversion(), attributes.id(), attributes.source(), attributes.type(), attributes.subject(),
                    attributes.time(), attributes.datacontenttype(), trace == null ? null : trace.traceparent(),
                    trace == null ? null : trace.tracestate(), data);
        }
    }

    /** Fired inside the writing transaction; observers act after its commit. */
    public record OutboxWritten() {
    }
}
