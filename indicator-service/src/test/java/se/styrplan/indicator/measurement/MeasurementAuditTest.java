package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.OTHER_EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.auditOf;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.value;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Every changed value leaves one audit entry (measurement.record or measurement.correct), read back through the audit API. */
@QuarkusTest
class MeasurementAuditTest {

    @Test
    void recordingAndCorrectionAreAuditedWithBeforeAndAfter() {
        String id = createIndicator("percent");
        putValues(EDITOR, id, List.of(value("1780", "2023", "T", "41.5", "preliminary"), value("0580", "2023", "38"))).then().statusCode(200);
        putValues(PLANNER, id, List.of(value("1780", "2023", "T", "42.25", "final"))).then().statusCode(200);

        JsonNode audit = auditOf(id + "/1780/2023/T");
        assertThat(audit.path("totalItems").asInt()).isEqualTo(2);
        JsonNode correction = audit.path("items").get(0);
        assertThat(correction.path("action").asText()).isEqualTo("measurement.correct");
        assertThat(correction.path("entityType").asText()).isEqualTo("measurement");
        assertThat(correction.path("actor").asText()).isEqualTo(PLANNER);
        assertThat(correction.path("before").path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(correction.path("before").path("status").asText()).isEqualTo("preliminary");
        assertThat(correction.path("before").path("revision").asInt()).isEqualTo(1);
        assertThat(correction.path("after").path("value").decimalValue()).isEqualByComparingTo("42.25");
        assertThat(correction.path("after").path("revision").asInt()).isEqualTo(2);
        JsonNode recording = audit.path("items").get(1);
        assertThat(recording.path("action").asText()).isEqualTo("measurement.record");
        assertThat(recording.path("actor").asText()).isEqualTo(EDITOR);
        assertThat(recording.path("before").isNull()).isTrue();
        assertThat(recording.path("after").path("areaCode").asText()).isEqualTo("1780");
        assertThat(recording.path("after").path("source").asText()).isEqualTo("manual");

        assertThat(auditOf(id + "/0580/2023/T").path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void refusedWritesLeaveNoAuditEntry() {
        String id = createIndicator("percent");
        putValues(OTHER_EDITOR, id, List.of(value("1780", "2023", "41.5"))).then().statusCode(403);
        putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"), value("1780", "2024", "120"))).then().statusCode(400);

        assertThat(auditOf(id + "/1780/2023/T").path("totalItems").asInt()).isZero();
    }
}
