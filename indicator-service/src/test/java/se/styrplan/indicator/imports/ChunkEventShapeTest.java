package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.RECORDED;
import static se.styrplan.indicator.TestApi.TOPIC;
import static se.styrplan.indicator.TestApi.WAIT;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.record;
import static se.styrplan.indicator.TestApi.value;
import static se.styrplan.indicator.imports.Bulk.csv;
import static se.styrplan.indicator.imports.Bulk.key;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;

/**
 * A bulk chunk of new values builds its MeasurementsRecorded events from the chunk's packed rows (ChunkValues); a
 * manual write from its request. Consumers must not be able to tell them apart: the same fields, with the same JSON
 * types, in the envelope, the data and each value.
 */
@QuarkusTest
class ChunkEventShapeTest {

    @Test
    void aBulkChunksEventsHaveTheShapeOfAManualWritesEvents() {
        String manual = createIndicator("percent");
        String bulk = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            record(manual, List.of(value("1780", "2023", "T", "41.5", "final")));
            String job = csv(PLANNER, key(bulk) + ",1780,2023,T,41.5,final\n" + key(bulk) + ",2580,2023,T,,suppressed\n")
                    .path("id").asText();

            ConsumerRecord<String, String> fromManual = probe.await(r -> manual.equals(r.key()) && r.value().contains(RECORDED), WAIT);
            ConsumerRecord<String, String> fromBulk = probe.await(r -> bulk.equals(r.key()) && r.value().contains(job), WAIT);
            JsonNode manualEvent = json(fromManual.value());
            JsonNode bulkEvent = json(fromBulk.value());

            assertThat(shape(bulkEvent)).isEqualTo(shape(manualEvent));
            assertThat(bulkEvent.path("subject").asText()).isEqualTo("indicators/" + bulk);
            assertThat(bulkEvent.path("source").asText()).isEqualTo(manualEvent.path("source").asText());
            assertThat(OffsetDateTime.parse(bulkEvent.path("time").asText())).isNotNull();
            assertThat(OffsetDateTime.parse(bulkEvent.at("/data/recordedAt").asText())).isNotNull();
            assertThat(bulkEvent.at("/data/values/0/revision").asInt()).isEqualTo(1);
            // the values in the body's order: a suppressed one must still be a JSON null
            assertThat(bulkEvent.at("/data/values/0/value").decimalValue()).isEqualByComparingTo("41.5");
            assertThat(bulkEvent.at("/data/values/1/areaCode").asText()).isEqualTo("2580");
            assertThat(bulkEvent.at("/data/values/1/value").isNull()).isTrue();
            assertThat(bulkEvent.at("/data/unit").asText()).isEqualTo(manualEvent.at("/data/unit").asText());
            assertThat(bulkEvent.at("/data/direction").asText()).isEqualTo(manualEvent.at("/data/direction").asText());
        }
    }

    /** Every field's path with its JSON type (arrays by their first element), so that two events compare by shape. */
    static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        walk("", node, shape);
        return shape;
    }

    private static void walk(String path, JsonNode node, Map<String, String> shape) {
        shape.put(path.isEmpty() ? "/" : path, node.getNodeType().name());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("importJobId")) { // null for a manual write, the job for an import
                    walk(path + "/" + field.getKey(), field.getValue(), shape);
                }
            }
        } else if (node.isArray() && node.size() > 0) {
            walk(path + "/0", node.get(0), shape);
        }
    }
}
