package se.styrplan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import se.styrplan.platform.tracing.EventTracing;
import se.styrplan.platform.tracing.TraceContext;

/**
 * Sends outbox rows to Kafka and deletes them in the same transaction once the broker has acknowledged every
 * one (at least once: a crash between the ack and the commit sends a row again; consumers are idempotent).
 *
 * <p>Only one relay works at a time, across all replicas of a service, through a PostgreSQL advisory lock:
 * racing relays could otherwise reorder one aggregate's events. The others find the lock taken and wait for the
 * next round. It runs right after each commit that wrote events, and on a timer to catch anything left over
 * (after a broker outage, say).
 *
 * <p>An event written inside a trace is sent under a PRODUCER span continuing it, with that span's W3C
 * {@code traceparent} header ({@link EventTracing}); without tracing, or for an event without a trace, the record
 * is sent as before.
 */
@ApplicationScoped
@IfBuildProperty(name = "styrplan.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any fixed number: the advisory lock's name. */
    private static final long RELAY_LOCK = 0x5354_5952_504c_414eL;
    private static final int BATCH = 500;
    /** Rows read from the database at a time within a batch. */
    private static final int FETCH = 20;
    private static final String CLIENT_ID = "outbox-relay";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private KafkaProducer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        // snappy (native): Kafka's lz4 runs lz4-java's safe pure-Java compressor here, which took three quarters of the
        // relay thread in an import's profile; snappy compresses this JSON as well at two to four times the speed
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "snappy");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        metrics.gauge("styrplan.outbox.backlog", this, OutboxRelay::backlog);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        nudge();
    }

    @Scheduled(every = "${styrplan.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        nudge();
    }

    /** Runs a drain on the relay thread; nudges during a drain make it go round once more. */
    public void nudge() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            worker.submit(this::drainLoop);
        }
    }

    private void drainLoop() {
        try {
            while (again.getAndSet(false)) {
                int sent;
                do {
                    sent = relayBatch();
                    LOG.debugf("relayed %d events", sent);
                } while (sent == BATCH); // a full batch: more may be waiting
            }
        } catch (Throwable e) {
            LOG.warnf(e, "Outbox relay paused: %s (the rows stay and are sent on the next round)", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Sends one batch and deletes it, in one transaction; returns how many rows it sent. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                LOG.debug("another relay holds the lock");
                return 0;
            }
            List<Long> sent = new ArrayList<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            boolean traced = tracing.enabled(); // off: not even a look into the envelopes
            // streamed from a cursor, FETCH rows at a time: an import's events are tens of kB each, and a whole batch
            // held at once (as text and as bytes) was tens of MB that the service's small heap had to promote
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = em.createNativeQuery(
                    "select seq, topic, event_key, envelope, id from outbox_event order by seq limit :batch for update")
                    .setParameter("batch", BATCH).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH).getResultStream();
            try (rows) {
                rows.forEach(row -> {
                    String envelope = (String) row[3];
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>((String) row[1], (String) row[2],
                            envelope.getBytes(StandardCharsets.UTF_8));
                    record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                    Span span = traced
                            ? tracing.startPublish(TraceContext.fromEnvelope(envelope), record, String.valueOf(row[4]), CLIENT_ID)
                            : null;
                    acks.add(span == null ? producer.send(record)
                            : producer.send(record, (done, failure) -> tracing.endPublish(span, done, failure)));
                    sent.add(((Number) row[0]).longValue());
                });
            }
            if (sent.isEmpty()) {
                return 0;
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS); // any failure rolls back: the rows stay for the next round
            }
            // by exact seq: a slower transaction may still commit a row with a lower seq than these
            em.createNativeQuery("delete from outbox_event where seq in (:sent)").setParameter("sent", sent).executeUpdate();
            metrics.counter("styrplan.outbox.relayed").increment(sent.size());
            return sent.size();
        });
    }

    private double backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
