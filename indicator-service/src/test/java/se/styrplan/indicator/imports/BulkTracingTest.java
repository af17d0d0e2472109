package se.styrplan.indicator.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.TOPIC;
import static se.styrplan.indicator.TestApi.WAIT;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.imports.Bulk.key;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.styrplan.devstack.test.TraceIds;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.devstack.test.TopicProbe;

/**
 * A bulk import writes its events from worker threads, not the request's: with the OpenTelemetry SDK on, they too
 * carry the importing request's trace, in the envelope and, from the relay, as the record's {@code traceparent}
 * header on the real broker (issue #9: a trace from the gateway through a service and Kafka).
 */
@QuarkusTest
@TestProfile(BulkTracingTest.TracingOn.class)
class BulkTracingTest {

    @Test
    void anImportsEventsContinueTheTraceOfTheImport() throws Exception {
        String indicator = createIndicator("percent");
        String traceId = TraceIds.traceId();
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String body = Bulk.HEADER + key(indicator) + ",1780,2023,T,41.5,final\n";
            String job = json(given().auth().oauth2(Tokens.of(PLANNER)).header("traceparent", "00-" + traceId + "-" + TraceIds.spanId() + "-01")
                    .contentType(Bulk.CSV).body(body.getBytes(StandardCharsets.UTF_8)).when().post(Bulk.PATH)
                    .then().statusCode(200).extract().response()).path("id").asText();

            ConsumerRecord<String, String> record = probe.await(r -> indicator.equals(r.key()) && r.value().contains(job), WAIT);
            JsonNode envelope = json(record.value());
            assertThat(envelope.path("traceparent").asText()).as("the envelope")
                    .matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
            Header header = record.headers().lastHeader("traceparent");
            assertThat(header).as("the relay's traceparent header").isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
            assertThat(envelope.at("/data/values/0/value").decimalValue()).isEqualByComparingTo("41.5");
        }
    }

    /** The OpenTelemetry SDK on, exporting nothing: the context is all this test needs. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false");
        }
    }
}
