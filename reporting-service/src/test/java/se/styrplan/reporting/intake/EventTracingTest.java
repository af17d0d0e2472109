package se.styrplan.reporting.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.reporting.TestEvents.measurements;
import static se.styrplan.reporting.TestEvents.yearly;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.FinishedSpans;
import se.styrplan.devstack.test.TraceIds;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.reporting.TestEvents;
import se.styrplan.reporting.live.StatusChanged;

/**
 * A trace goes on in reporting-service (issue #9): a record with a W3C {@code traceparent} header is consumed under
 * that trace, the event's intake and status computation are spans of it, and the StatusChanged it causes leaves on
 * the real broker still in it; the consumer follows the header, not the envelope's own {@code traceparent}
 * attribute. A record without the header (its envelope's attribute null, as SQL-built events may have it) is applied
 * as before, in a trace of its own.
 */
@QuarkusTest
@TestProfile(EventTracingTest.TracingOn.class)
class EventTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    private static final String MEASUREMENTS = "se.styrplan.indicator.MeasurementsRecorded.v1";

    @Inject
    InMemorySpanExporter spans;

    private FinishedSpans finished() {
        return new FinishedSpans(spans, WAIT);
    }

    @Inject
    KafkaClientService kafka;

    @ConfigProperty(name = "styrplan.events.source")
    String source;

    @BeforeEach
    void ready() {
        TestEvents.awaitConsumers(kafka);
        spans.reset();
    }

    @Test
    void aRecordWithATraceparentIsAppliedAndAnnouncedInThatTrace() throws Exception {
        UUID indicator = UUID.randomUUID();
        String traceId = TraceIds.traceId();
        String producerSpanId = TraceIds.spanId();
        // as the outbox writes it: the writing span's context as the envelope's Distributed Tracing attribute too
        String envelope = withAttribute(TestEvents.envelope(UUID.randomUUID().toString(), MEASUREMENTS,
                "indicators/" + indicator, measurements(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0))),
                "00-" + traceId + "-" + TraceIds.spanId() + "-01");

        try (TopicProbe probe = TopicProbe.open(StatusChanged.TOPIC)) {
            TestEvents.sendRaw(TestEvents.INDICATOR_TOPIC, indicator.toString(), envelope,
                    Map.of("traceparent", "00-" + traceId + "-" + producerSpanId + "-01"));

            // the consumer continues the record's trace, and the event's work is under it
            SpanData consumer = finished().await(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId));
            assertThat(consumer.getParentSpanId()).isEqualTo(producerSpanId);
            SpanData apply = finished().await(s -> s.getName().equals(TestEvents.INDICATOR_TOPIC + " apply")
                    && TestEvents.idOf(envelope).equals(s.getAttributes().get(IntakeSpans.EVENT_ID)));
            assertThat(apply.getTraceId()).isEqualTo(traceId);
            assertThat(apply.getParentSpanId()).isEqualTo(consumer.getSpanId());
            assertThat(apply.getAttributes().get(IntakeSpans.EVENT_TYPE)).isEqualTo(MEASUREMENTS);
            assertThat(apply.getAttributes().get(IntakeSpans.OUTCOME)).isEqualTo("applied");
            SpanData status = finished().await(s -> s.getName().equals("indicator status") && s.getTraceId().equals(traceId));
            assertThat(status.getParentSpanId()).isEqualTo(apply.getSpanId());

            // the StatusChanged it caused: written in the trace, relayed under a producer span of it
            ConsumerRecord<String, String> announced = probe.await(r -> about(r, indicator), WAIT);
            String[] header = TraceIds.traceparent(TraceIds.header(announced, "traceparent")
                    .orElseThrow(() -> new AssertionError("StatusChanged without a traceparent header")));
            assertThat(header[1]).isEqualTo(traceId);
            String[] written = TraceIds.traceparent(JSON.readTree(announced.value()).path("traceparent").asText());
            assertThat(written[1]).isEqualTo(traceId);
            assertThat(finished().ancestors(written[2], traceId)).contains(apply.getSpanId());
            SpanData publish = finished().await(s -> s.getSpanId().equals(header[2]));
            assertThat(publish.getName()).isEqualTo(StatusChanged.TOPIC + " publish");
            assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(publish.getParentSpanId()).isEqualTo(written[2]);
        }
    }

    @Test
    void aRecordWithoutATraceparentIsAppliedInANewTrace() throws Exception {
        UUID indicator = UUID.randomUUID();
        // as an event built in SQL without a trace may be: the attribute there, but null
        String envelope = withAttribute(TestEvents.envelope(UUID.randomUUID().toString(), MEASUREMENTS,
                "indicators/" + indicator, measurements(indicator, "lower_is_better", yearly(YEAR - 4, 2.0, 2.5, 3.0, 3.5))),
                null);

        try (TopicProbe probe = TopicProbe.open(StatusChanged.TOPIC)) {
            TestEvents.sendRaw(TestEvents.INDICATOR_TOPIC, indicator.toString(), envelope);

            ConsumerRecord<String, String> announced = probe.await(r -> about(r, indicator), WAIT);
            SpanData apply = finished().await(s -> TestEvents.idOf(envelope).equals(s.getAttributes().get(IntakeSpans.EVENT_ID)));
            assertThat(apply.getAttributes().get(IntakeSpans.OUTCOME)).isEqualTo("applied");
            SpanData consumer = finished().await(s -> s.getSpanId().equals(apply.getParentSpanId()));
            assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(consumer.getParentSpanContext().isValid()).as("the consumer starts the trace").isFalse();
            assertThat(TraceIds.traceparent(TraceIds.header(announced, "traceparent").orElseThrow())[1]).isEqualTo(apply.getTraceId());
        }
    }

    private static String withAttribute(String envelope, String traceparent) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode event = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(envelope);
        event.put("traceparent", traceparent);
        return JSON.writeValueAsString(event);
    }

    private boolean about(ConsumerRecord<String, String> record, UUID indicator) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return source.equals(event.path("source").asText()) && ("indicators/" + indicator).equals(event.path("subject").asText());
        } catch (Exception e) {
            return false;
        }
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
