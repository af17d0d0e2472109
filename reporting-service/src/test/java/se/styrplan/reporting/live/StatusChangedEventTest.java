package se.styrplan.reporting.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurements;
import static se.styrplan.reporting.TestEvents.versionAdopted;
import static se.styrplan.reporting.TestEvents.yearly;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/**
 * Status changes leave through the outbox as StatusChanged.v1 CloudEvents on the real styrplan.reporting.v1 topic:
 * one per real change of an indicator or a goal, none when a recompute finds what was stored.
 */
@QuarkusTest
class StatusChangedEventTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KafkaClientService kafka;

    /** This instance's source: deploy/run.sh's reporting-service, when it is up, reads the same events and announces too. */
    @ConfigProperty(name = "styrplan.events.source")
    String source;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    boolean about(ConsumerRecord<String, String> record, String subject, String status) {
        JsonNode event = json(record);
        return source.equals(event.path("source").asText())
                && "se.styrplan.reporting.StatusChanged.v1".equals(event.path("type").asText())
                && subject.equals(event.path("subject").asText())
                && (status == null || status.equals(event.path("data").path("status").asText()));
    }

    @Test
    void aValueThatChangesTheStatusesPublishesOneEventEachAndAReplayNone() {
        UUID plan = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(StatusChanged.TOPIC)) {
            indicatorDefined(indicator, "lower_is_better");
            versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, "g-" + goal, UUID.randomUUID(), "Klimat", 0, indicator)));
            await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200));

            TestEvents.send(TestEvents.INDICATOR_TOPIC, indicator.toString(), "se.styrplan.indicator.MeasurementsRecorded.v1",
                    "indicators/" + indicator, measurements(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0)));

            ConsumerRecord<String, String> indicatorChange = probe.await(r -> about(r, "indicators/" + indicator, "no_target")
                    && "improving".equals(json(r).path("data").path("trend").asText()), WAIT);
            JsonNode event = json(indicatorChange);
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("source").asText()).startsWith("/styrplan/reporting-service");
            assertThat(event.path("data").path("kind").asText()).isEqualTo("indicator");
            assertThat(event.path("data").path("previousTrend").asText()).isEqualTo("insufficient_data");
            assertThat(indicatorChange.key()).isEqualTo(indicator.toString());
            assertThat(new String(indicatorChange.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");

            ConsumerRecord<String, String> goalChange = probe.await(r -> about(r, "goals/" + goal, "on_track"), WAIT);
            assertThat(json(goalChange).path("data").path("previousStatus").asText()).isEqualTo("not_assessed");
            assertThat(json(goalChange).path("data").path("goalKey").asText()).isEqualTo("g-" + goal);
            assertThat(goalChange.key()).isEqualTo(plan + "/g-" + goal);

            // the same values again under a new event id: applied, but nothing changes, so nothing is announced
            TestEvents.send(TestEvents.INDICATOR_TOPIC, indicator.toString(), "se.styrplan.indicator.MeasurementsRecorded.v1",
                    "indicators/" + indicator, measurements(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0)));
            // then a real change of the same indicator (same key, same partition, so after the replay): a rising series
            TestEvents.send(TestEvents.INDICATOR_TOPIC, indicator.toString(), "se.styrplan.indicator.MeasurementsRecorded.v1",
                    "indicators/" + indicator, measurements(indicator, "lower_is_better",
                            List.of(TestEvents.value(TestEvents.OWN_AREA, Integer.toString(YEAR - 1), "T", 9.0, "final", 2))));
            probe.await(r -> about(r, "goals/" + goal, null) && "on_track".equals(json(r).path("data").path("previousStatus").asText()),
                    WAIT);

            List<ConsumerRecord<String, String>> aboutIndicator = probe.seen().stream()
                    .filter(r -> about(r, "indicators/" + indicator, null)).toList();
            List<ConsumerRecord<String, String>> aboutGoal = probe.seen().stream().filter(r -> about(r, "goals/" + goal, null)).toList();
            // indicator: defined (nothing → insufficient data), the values, the rising value; goal: adopted, on track, off it again
            assertThat(aboutIndicator).hasSize(3);
            assertThat(aboutGoal).hasSize(3);
            assertThat(json(aboutGoal.get(0)).path("data").has("previousStatus")).isFalse();
        }
    }
}
