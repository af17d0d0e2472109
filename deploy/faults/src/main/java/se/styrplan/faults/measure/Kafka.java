package se.styrplan.faults.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.faults.verdict.RecordRef;

/** What the broker knows, asked directly (never through the proxy): the topics' records and a group's lag. */
public final class Kafka {

    public static final String PLAN_TOPIC = "styrplan.plan.v1";
    public static final String INDICATOR_TOPIC = "styrplan.indicator.v1";
    public static final String DEAD_LETTER_TOPIC = "styrplan.reporting.dlq.v1";
    public static final String REPORTING_GROUP = "reporting-service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;

    public Kafka(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Each record of the topics up to their current end, by reference, with its CloudEvent id ("?" when unreadable). */
    public Map<RecordRef, String> census(List<String> topics) throws Exception {
        Map<RecordRef, String> ids = new HashMap<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end within 3 minutes");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        ids.put(new RecordRef(r.topic(), r.partition(), r.offset()), idOf(r.value()));
                    }
                }
            }
        }
        return ids;
    }

    /** Each dead-lettered record: where it came from and why (the headers reporting-service's consumer writes). */
    public List<String> deadLetters(String topic) throws Exception {
        List<String> letters = new ArrayList<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(header(r, "dead-letter-topic") + "-" + header(r, "dead-letter-partition") + "@" + header(r, "dead-letter-offset")
                            + " (event " + idOf(r.value()) + "): " + header(r, "dead-letter-reason"));
                }
            }
        }
        return letters;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "?" : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Records on a topic now (end offsets summed; the topics are never compacted or trimmed here). */
    public long records(String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> ends = endOffsets(admin, List.of(topic));
            return ends.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The group's lag per topic: end offset − committed offset, summed over the partitions (no commit: from 0). */
    public Map<String, Long> lag(String group, List<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            Map<String, Long> lag = new TreeMap<>();
            endOffsets(admin, topics).forEach((partition, end) -> {
                OffsetAndMetadata c = committed.get(partition);
                lag.merge(partition.topic(), end - (c == null ? 0 : c.offset()), Long::sum);
            });
            return lag;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        ends.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(config);
    }

    static String idOf(String value) {
        try {
            JsonNode id = JSON.readTree(value).path("id");
            return id.isTextual() ? id.asText() : "?";
        } catch (Exception e) {
            return "?";
        }
    }
}
