package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.MILJO;
import static se.styrplan.indicator.TestApi.OTHER_EDITOR;
import static se.styrplan.indicator.TestApi.RECORDED;
import static se.styrplan.indicator.TestApi.TOPIC;
import static se.styrplan.indicator.TestApi.WAIT;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.eventData;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;

/**
 * MeasurementsRecorded on the real broker: one batch event per request, keyed by the indicator, with only the values
 * that changed. "Nothing published" is proven by a later marker event with the same key: same partition, so it
 * arrives after anything the request before it could have published.
 */
@QuarkusTest
class MeasurementEventsTest {

    @Test
    void aRequestOfSeveralValuesPublishesOneBatchEvent() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String id = createIndicator("percent");
            putValues(EDITOR, id, List.of(
                    value("1780", "2023", "T", "41.5", "final"),
                    value("1780", "2023", "K", "44.25", "preliminary"),
                    value("0000", "2023", "T", null, "suppressed"))).then().statusCode(200);
            putValues(EDITOR, id, List.of(value("0580", "2020", "1"))).then().statusCode(200); // the marker

            awaitMarker(probe, id, "0580");
            List<JsonNode> events = eventData(probe.seen(), id, RECORDED);
            assertThat(events).hasSize(2);
            JsonNode batch = events.get(0);
            assertThat(batch.path("indicatorId").asText()).isEqualTo(id);
            assertThat(batch.path("indicatorKey").asText()).startsWith("matvarde-");
            assertThat(batch.path("unit").asText()).isEqualTo("percent");
            assertThat(batch.path("direction").asText()).isEqualTo("higher_is_better");
            assertThat(batch.path("owningDepartment").asText()).isEqualTo(MILJO);
            assertThat(batch.path("source").asText()).isEqualTo("manual");
            assertThat(batch.path("recordedBy").asText()).isEqualTo(EDITOR);
            assertThat(batch.path("recordedAt").asText()).isNotBlank();

            Map<String, JsonNode> values = byKey(batch);
            assertThat(values).containsOnlyKeys("1780/2023/T", "1780/2023/K", "0000/2023/T");
            JsonNode karlstad = values.get("1780/2023/T");
            assertThat(karlstad.path("value").decimalValue()).isEqualByComparingTo("41.5");
            assertThat(karlstad.path("status").asText()).isEqualTo("final");
            assertThat(karlstad.path("revision").asInt()).isEqualTo(1);
            // a new value has no earlier state: the fields are left out, as the bulk import's SQL-built events leave them out
            assertThat(karlstad.has("previousValue")).isFalse();
            assertThat(karlstad.has("previousStatus")).isFalse();
            assertThat(values.get("1780/2023/K").path("value").decimalValue()).isEqualByComparingTo("44.25");
            assertThat(values.get("1780/2023/K").path("status").asText()).isEqualTo("preliminary");
            assertThat(values.get("0000/2023/T").path("value").isNull()).isTrue();
            assertThat(values.get("0000/2023/T").path("status").asText()).isEqualTo("suppressed");

            JsonNode envelope = json(probe.seen().stream().filter(r -> id.equals(r.key()) && r.value().contains(RECORDED))
                    .findFirst().orElseThrow().value());
            assertThat(envelope.path("subject").asText()).isEqualTo("indicators/" + id);
            assertThat(envelope.path("source").asText()).isEqualTo("/styrplan/indicator-service");
        }
    }

    @Test
    void aCorrectionCarriesThePreviousValueAndLeavesOutWhatDidNotChange() {
        String id = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"), value("1780", "2022", "40"))).then().statusCode(200);
            putValues(EDITOR, id, List.of(
                    value("1780", "2023", "42"),        // corrected
                    value("1780", "2022", "40.0"),      // unchanged
                    value("1780", "2021", "39.5"))).then().statusCode(200); // new

            probe.await(r -> id.equals(r.key()) && r.value().contains(RECORDED) && r.value().contains("\"revision\":2"), WAIT);
            List<JsonNode> events = eventData(probe.seen(), id, RECORDED);
            assertThat(events).hasSize(2);
            Map<String, JsonNode> values = byKey(events.get(1));
            assertThat(values).containsOnlyKeys("1780/2023/T", "1780/2021/T");
            JsonNode corrected = values.get("1780/2023/T");
            assertThat(corrected.path("value").decimalValue()).isEqualByComparingTo("42");
            assertThat(corrected.path("previousValue").decimalValue()).isEqualByComparingTo("41.5");
            assertThat(corrected.path("previousStatus").asText()).isEqualTo("final");
            assertThat(corrected.path("revision").asInt()).isEqualTo(2);
            assertThat(values.get("1780/2021/T").has("previousValue")).isFalse();
            assertThat(values.get("1780/2021/T").path("revision").asInt()).isEqualTo(1);

            // numbers travel as written: 40 and 42, not 4E+1 and 4.2E+1
            List<String> raw = probe.seen().stream().filter(r -> id.equals(r.key()) && r.value().contains(RECORDED))
                    .map(ConsumerRecord::value).toList();
            assertThat(raw.get(0)).contains("\"value\":40,").doesNotContain("E+");
            assertThat(raw.get(1)).contains("\"value\":42,").contains("\"previousValue\":41.5,").doesNotContain("E+");
        }
    }

    @Test
    void identicalResubmitPublishesNothing() {
        String id = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"), value("1780", "2022", "40"))).then().statusCode(200);
            putValues(EDITOR, id, List.of(value("1780", "2023", "41.50"), value("1780", "2022", "40"))).then().statusCode(200);
            putValues(EDITOR, id, List.of(value("0580", "2020", "1"))).then().statusCode(200); // the marker

            awaitMarker(probe, id, "0580");
            List<JsonNode> events = eventData(probe.seen(), id, RECORDED);
            assertThat(events).hasSize(2);
            assertThat(events.get(0).path("values")).hasSize(2);
            assertThat(events.get(1).path("values")).hasSize(1);
        }
    }

    @Test
    void refusedRequestsPublishNothing() {
        String id = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(403);
            putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"), value("1780", "2023", "X", "1", "final")))
                    .then().statusCode(400);
            putValues(EDITOR, id, List.of(value("0580", "2020", "1"))).then().statusCode(200); // the marker

            awaitMarker(probe, id, "0580");
            assertThat(eventData(probe.seen(), id, RECORDED)).hasSize(1);
        }
    }

    private static void awaitMarker(TopicProbe probe, String id, String markerArea) {
        probe.await(r -> id.equals(r.key()) && r.value().contains(RECORDED) && r.value().contains("\"areaCode\":\"" + markerArea + "\""), WAIT);
    }

    /** The values of a batch event by area/period/gender. */
    private static Map<String, JsonNode> byKey(JsonNode data) {
        Map<String, JsonNode> values = new HashMap<>();
        data.path("values").forEach(v -> values.put(v.path("areaCode").asText() + "/" + v.path("period").asText() + "/"
                + v.path("gender").asText(), v));
        assertThat(values).hasSize(data.path("values").size());
        return values;
    }
}
