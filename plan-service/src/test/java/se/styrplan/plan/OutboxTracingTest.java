package se.styrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.PLANNER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.newSmallPlan;
import static se.styrplan.plan.PlanApi.tree;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.styrplan.devstack.test.FinishedSpans;
import se.styrplan.devstack.test.TraceIds;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.platform.outbox.Outbox;
import se.styrplan.plan.events.PlanEvents;

/**
 * A trace crosses the outbox (issue #9): with the OpenTelemetry SDK on, a request that changes the plan writes its
 * event with the request's trace context, and the relay sends the record, on the real broker, under a PRODUCER
 * span that is a child of the writing span, with that span's W3C {@code traceparent} header. An event written
 * outside any trace goes as before: no attribute, no header.
 */
@QuarkusTest
@TestProfile(OutboxTracingTest.TracingOn.class)
class OutboxTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InMemorySpanExporter spans;

    private FinishedSpans finished() {
        return new FinishedSpans(spans, WAIT);
    }

    @Inject
    Outbox outbox;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void theRecordContinuesTheTraceOfTheRequestThatWroteTheEvent() throws Exception {
        UUID plan = newSmallPlan();
        String draft = as(PLANNER).body("{\"label\":\"Utkast: spårning\"}").post("/api/plan/plans/" + plan + "/versions")
                .then().statusCode(201).extract().path("id");
        String area = tree(UUID.fromString(draft)).getString("targetAreas[0].id");
        // the caller's own trace, so that the request's trace id is known before it is sent
        String traceId = TraceIds.traceId();
        String callerSpanId = TraceIds.spanId();

        try (TopicProbe probe = TopicProbe.open(PlanEvents.TOPIC)) {
            String goal = as(PLANNER).header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .body(Map.of("title", "Karlstad ska ha spårbara mål", "sdgs", List.of(16)))
                    .post("/api/plan/target-areas/" + area + "/goals").then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = probe.await(r -> r.value().contains("GoalCreated.v1")
                    && r.value().contains(goal), WAIT);
            assertThat(record.key()).isEqualTo(plan.toString());
            String[] header = TraceIds.traceparent(TraceIds.header(record, "traceparent").orElseThrow(
                    () -> new AssertionError("the record has no traceparent header: " + record.headers())));
            assertThat(header[1]).as("the record's trace is the request's").isEqualTo(traceId);

            // the envelope keeps the context it was written in: a span of the request's trace, under the caller's
            JsonNode envelope = JSON.readTree(record.value());
            String[] written = TraceIds.traceparent(envelope.path("traceparent").asText());
            assertThat(written[1]).isEqualTo(traceId);

            SpanData producer = finished().await(s -> s.getSpanId().equals(header[2]));
            assertThat(producer.getName()).isEqualTo(PlanEvents.TOPIC + " publish");
            assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(producer.getTraceId()).isEqualTo(traceId);
            assertThat(producer.getParentSpanId()).as("the relay's span is a child of the writing span").isEqualTo(written[2]);
            assertThat(producer.getAttributes().asMap().toString())
                    .contains("messaging.system=kafka", "messaging.destination.name=" + PlanEvents.TOPIC,
                            "messaging.message.id=" + envelope.path("id").asText());

            // the writing span belongs to the request: walking up its parents reaches the server span of the POST,
            // whose parent is the caller's span
            SpanData server = finished().await(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
            assertThat(server.getParentSpanId()).isEqualTo(callerSpanId);
            assertThat(finished().ancestors(written[2], traceId)).contains(server.getSpanId());
        }
    }

    @Test
    void anEventWrittenOutsideAnyTraceCarriesNone() throws Exception {
        String key = "untraced-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(PlanEvents.TOPIC)) {
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(PlanEvents.TOPIC, key, "se.styrplan.test.Untraced.v1", "probe/" + key, Map.of("n", 1)));

            ConsumerRecord<String, String> record = probe.await(r -> key.equals(r.key()), WAIT);
            assertThat(TraceIds.header(record, "traceparent")).isEmpty();
            assertThat(JSON.readTree(record.value()).has("traceparent")).isFalse();
        }
        assertThat(spans.getFinishedSpanItems()).noneMatch(s -> s.getKind() == SpanKind.PRODUCER);
    }

    /** The OpenTelemetry SDK on, its spans kept in memory instead of exported over OTLP. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TraceIds.SDK_IN_MEMORY;
        }
    }

    /** The exporter the SDK finds as a CDI bean; only in {@link TracingOn}'s build. */
    @Singleton
    @IfBuildProperty(name = "styrplan.test.spans", stringValue = "in-memory")
    static class InMemorySpans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}
