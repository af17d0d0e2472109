package se.styrplan.devstack.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches a topic on the test stack's real broker from "now" on: open it before the action, then wait for
 * the records the action should have produced. Reads every partition, without a consumer group.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the action
    }

    public static TopicProbe open(String topic) {
        return new TopicProbe(topic);
    }

    /**
     * Waits until a record matching {@code wanted} has arrived (or had arrived: earlier records are searched
     * first, in order); fails after {@code timeout}.
     */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int searched = 0;
        while (true) {
            for (; searched < seen.size(); searched++) {
                if (wanted.test(seen.get(searched))) {
                    return seen.get(searched);
                }
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("No matching record within " + timeout.toSeconds() + " s; saw " + seen.size() + " other records: "
                + seen.stream().map(r -> r.key() + "=" + r.value().substring(0, Math.min(200, r.value().length()))).toList());
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
