package se.styrplan.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.reporting.intake.EventIntake;
import se.styrplan.reporting.intake.MaintenanceLock;
import se.styrplan.reporting.intake.UnreadableEventException;
import se.styrplan.reporting.live.StatusChanges;

/**
 * Rebuilds the read model from scratch: under the maintenance lock (the live consumers wait), the tables built from
 * events are emptied and both topics are read from the beginning with a consumer of no group (assign + seek),
 * up to the end offsets taken when the rebuild began, each event applied exactly as the live consumers apply it
 * ({@link EventIntake}), one transaction per event. Unreadable messages are skipped as the live consumers
 * dead-letter them. Nothing is announced (no StatusChanged for history). The owners' assessments and the audit
 * log are not built from events and stay as they are.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    static final List<String> TOPICS = List.of("styrplan.plan.v1", "styrplan.indicator.v1");
    static final String TABLES = "processed_event, adopted_plan, report_goal, report_goal_indicator, indicator, measurement, "
            + "indicator_target, indicator_status";

    @Inject
    EventIntake intake;

    @Inject
    MaintenanceLock maintenance;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ReadModelDump dump;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    se.styrplan.reporting.ReportingConfig config;

    private Instant started;

    void onStart(@Observes StartupEvent event) {
        started = Instant.now();
    }

    public record RebuildResult(Instant startedAt, long durationMs, String replayedFrom, Map<String, Long> endOffsets, long read,
            long applied, long ignored, long duplicates, long unreadable, long failed, Map<String, Integer> rowsBefore,
            Map<String, Integer> rowsAfter) {
    }

    public RebuildResult rebuild() {
        RebuildResult result = maintenance.exclusively(30, this::run);
        if (result == null) {
            throw ApiException.conflict("maintenance", "Another rebuild of the read model is running; try again when it is done");
        }
        return result;
    }

    private RebuildResult run() {
        String replayFrom = config.rebuild().replayFrom();
        Instant at = Instant.now();
        long t0 = System.nanoTime();
        Map<String, Integer> before = rowCounts();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("truncate " + TABLES).executeUpdate());
        long[] counts = new long[6]; // read, applied, ignored, duplicates, unreadable, failed
        Map<String, Long> ends = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            end.forEach((tp, offset) -> ends.put(tp.toString(), offset));
            seek(consumer, partitions, end, replayFrom);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // newer than the rebuild: the live consumers apply it after the lock is released
                    }
                    counts[0]++;
                    apply(record, counts);
                }
            }
        }
        Map<String, Integer> after = rowCounts();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        RebuildResult result = new RebuildResult(at, ms, replayFrom, ends, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                before, after);
        QuarkusTransaction.requiringNew().run(() -> audit.record("rebuild", "read-model", "reporting-service", before, result));
        LOG.infof("Rebuilt the read model from %s in %d ms: %d events read, %d applied, %d unreadable skipped, %d failed", replayFrom, ms,
                counts[0], counts[1], counts[4], counts[5]);
        return result;
    }

    private void apply(ConsumerRecord<String, String> record, long[] counts) {
        StatusChanges.quietly(() -> {
            try {
                switch (intake.accept(record)) {
                    case APPLIED -> counts[1]++;
                    case IGNORED -> counts[2]++;
                    case DUPLICATE -> counts[3]++;
                }
            } catch (UnreadableEventException e) {
                counts[4]++; // the live consumers dead-letter it; it has no effect either way
            } catch (RuntimeException e) {
                counts[5]++;
                LOG.warnf(e, "Rebuild: %s-%d@%d could not be applied", record.topic(), record.partition(), record.offset());
            }
        });
    }

    private void seek(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end,
            String replayFrom) {
        if (!"start".equals(replayFrom)) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> at = new HashMap<>();
        partitions.forEach(tp -> at.put(tp, started.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(at, Duration.ofSeconds(10));
        partitions.forEach(tp -> {
            OffsetAndTimestamp o = found.get(tp);
            consumer.seek(tp, o == null ? end.get(tp) : o.offset());
        });
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new HashMap<>();
        dump.digest().forEach((table, d) -> counts.put(table, d.rows()));
        return counts;
    }
}
