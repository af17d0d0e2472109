package se.styrplan.devstack.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.platform.outbox.Outbox;

/**
 * The transactional outbox on the real broker: an event written with a committed change reaches Kafka as a
 * CloudEvent keyed by its aggregate; an event of a rolled-back transaction never does.
 */
public abstract class OutboxContract {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** The topic this service publishes to. */
    protected abstract String topic();

    @Test
    void committedEventArrivesOnTheBrokerAsCloudEventWithItsKey() throws Exception {
        String key = "probe-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic())) {
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(topic(), key, "se.styrplan.test.Probe.v1", "probe/" + key, Map.of("probe", key)));

            ConsumerRecord<String, String> record = probe.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("se.styrplan.test.Probe.v1");
            assertThat(event.path("subject").asText()).isEqualTo("probe/" + key);
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("source").asText()).startsWith("/styrplan/");
            assertThat(event.path("data").path("probe").asText()).isEqualTo(key);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
        }
    }

    @Test
    void rolledBackEventNeverLeavesTheService() {
        String key = "probe-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish(topic(), key, "se.styrplan.test.RolledBack.v1", "probe/" + key, Map.of());
                    throw new IllegalStateException("the change fails after its event was written");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            // same key, so same partition and relayed after anything that could have leaked
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(topic(), key, "se.styrplan.test.Marker.v1", "probe/" + key, Map.of()));

            probe.await(r -> key.equals(r.key()) && r.value().contains("Marker.v1"), Duration.ofSeconds(30));
            assertThat(probe.seen()).filteredOn(r -> key.equals(r.key()))
                    .noneMatch(r -> r.value().contains("RolledBack.v1"));
        }
    }

    @Test
    void eventsPublishedTogetherArriveInTheirOrderEachAsItsOwnCloudEvent() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        int count = 120; // more than one JDBC batch
        java.util.List<Outbox.Pending> events = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new Outbox.Pending(key, "se.styrplan.test.Batched.v1", "probe/" + key, Map.of("n", i)));
        }
        try (TopicProbe probe = TopicProbe.open(topic())) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(topic(), events));

            probe.await(r -> key.equals(r.key()) && r.value().contains("\"n\":" + (count - 1) + "}"), Duration.ofSeconds(30));
            java.util.List<JsonNode> arrived = new java.util.ArrayList<>();
            for (ConsumerRecord<String, String> record : probe.seen()) {
                if (key.equals(record.key())) {
                    arrived.add(json.readTree(record.value()));
                }
            }
            assertThat(arrived).extracting(e -> e.path("data").path("n").asInt())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).boxed().toList());
            assertThat(arrived).extracting(e -> e.path("id").asText()).doesNotHaveDuplicates();
            assertThat(arrived).allSatisfy(e -> {
                assertThat(e.path("specversion").asText()).isEqualTo("1.0");
                assertThat(e.path("type").asText()).isEqualTo("se.styrplan.test.Batched.v1");
                assertThat(e.path("subject").asText()).isEqualTo("probe/" + key);
                assertThat(e.path("time").asText()).isNotBlank();
            });
        }
    }
}
