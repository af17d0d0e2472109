package se.styrplan.deploy.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import se.styrplan.devstack.test.TestStack;

/**
 * Topics of one test run on the test stack's broker: fresh names, so that nothing else (other modules' tests, the
 * run command's services) reads or writes them, and a test sees exactly what it caused.
 */
final class Topics {

    private Topics() {
    }

    static String bootstrapServers() {
        return TestStack.get().kafka().bootstrapServers();
    }

    static String create(String prefix, int partitions) {
        String topic = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topic " + topic + ": " + e.getMessage(), e);
        }
        return topic;
    }

    /**
     * Every record of a topic from its beginning: reads until {@code expected} records have arrived and then no
     * more for {@code quiet} (so that late duplicates are caught), or until {@code timeout}.
     */
    static List<ConsumerRecord<String, String>> readAll(String topic, int expected, Duration quiet, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastArrival = System.nanoTime();
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() > before) {
                    lastArrival = System.nanoTime();
                } else if (records.size() >= expected && System.nanoTime() - lastArrival > quiet.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }

    /** Removes a run's topics, so that a long-lived broker (the run command's) does not collect them. */
    static void delete(String... topics) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.deleteTopics(List.of(topics)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Could not delete topics " + List.of(topics) + ": " + e.getMessage());
        }
    }

    /** The partition count of each topic, for logging. */
    static Map<String, Integer> describe(String... topics) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            admin.describeTopics(List.of(topics)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .forEach((name, description) -> counts.put(name, description.partitions().size()));
            return counts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
