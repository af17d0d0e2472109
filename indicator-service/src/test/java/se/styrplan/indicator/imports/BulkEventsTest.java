package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.RECORDED;
import static se.styrplan.indicator.TestApi.TOPIC;
import static se.styrplan.indicator.TestApi.WAIT;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.eventData;
import static se.styrplan.indicator.imports.Bulk.csv;
import static se.styrplan.indicator.imports.Bulk.key;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;

/**
 * The bulk API's events on the real broker: one MeasurementsRecorded per indicator a chunk changed, with only the
 * changed values; a re-import publishes nothing (proven by a later marker with the same key, as in
 * MeasurementEventsTest).
 */
@QuarkusTest
class BulkEventsTest {

    @Test
    void aChunkPublishesOneEventPerIndicatorWithTheChangedValuesOnly() {
        String a = createIndicator("percent");
        String b = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String job = csv(PLANNER, key(a) + ",1780,2023,T,41.5,final\n" + key(b) + ",1780,2023,T,10,final\n"
                    + key(a) + ",0580,2023,T,39,final\n" + key(a) + ",9999,2023,T,39,final\n").path("id").asText();
            String correction = csv(PLANNER, key(a) + ",1780,2023,T,42,final\n" + key(a) + ",0580,2023,T,39,final\n")
                    .path("id").asText();

            probe.await(r -> a.equals(r.key()) && r.value().contains(correction), WAIT);
            probe.await(r -> b.equals(r.key()) && r.value().contains(RECORDED), WAIT);
            List<JsonNode> ofA = eventData(probe.seen(), a, RECORDED);
            assertThat(ofA).hasSize(2);
            JsonNode first = ofA.get(0);
            assertThat(first.path("source").asText()).isEqualTo("bulk");
            assertThat(first.path("importJobId").asText()).isEqualTo(job);
            assertThat(first.path("recordedBy").asText()).isEqualTo(PLANNER);
            assertThat(first.path("indicatorKey").asText()).isEqualTo(key(a));
            assertThat(first.path("values")).hasSize(2);
            JsonNode second = ofA.get(1);
            assertThat(second.path("values")).hasSize(1);
            JsonNode corrected = second.path("values").get(0);
            assertThat(corrected.path("areaCode").asText()).isEqualTo("1780");
            assertThat(corrected.path("value").decimalValue()).isEqualByComparingTo("42");
            assertThat(corrected.path("previousValue").decimalValue()).isEqualByComparingTo("41.5");
            assertThat(corrected.path("previousStatus").asText()).isEqualTo("final");
            assertThat(corrected.path("revision").asInt()).isEqualTo(2);
            assertThat(eventData(probe.seen(), b, RECORDED)).hasSize(1);
        }
    }

    @Test
    void reImportingIdenticalDataPublishesNothing() {
        String id = createIndicator("percent");
        String rows = key(id) + ",1780,2023,T,41.5,final\n" + key(id) + ",1780,2022,K,40,preliminary\n";
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            csv(PLANNER, rows);
            csv(PLANNER, rows);
            String marker = csv(PLANNER, key(id) + ",0580,2020,T,1,final\n").path("id").asText();

            probe.await(r -> id.equals(r.key()) && r.value().contains(marker), WAIT);
            List<JsonNode> events = eventData(probe.seen(), id, RECORDED);
            assertThat(events).hasSize(2);
            assertThat(events.get(0).path("values")).hasSize(2);
            assertThat(events.get(1).path("importJobId").asText()).isEqualTo(marker);
        }
    }
}
