package se.styrplan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * The trace's way across the outbox with a real OpenTelemetry SDK (no Quarkus, no broker: what the relay puts on a
 * record is checked on the record). The same flow on the real broker: plan-service's OutboxTracingTest.
 */
class EventTracingTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void anEventWrittenInASpanIsRelayedUnderAChildProducerSpanWhoseContextTheRecordCarries() {
        EventTracing tracing = tracing(sdk, false);
        Span request = sdk.getTracer("test").spanBuilder("POST /goals").startSpan();
        TraceContext written;
        try (Scope scope = request.makeCurrent()) {
            written = tracing.current();
        } finally {
            request.end();
        }
        assertThat(written.traceparent()).isEqualTo("00-" + request.getSpanContext().getTraceId() + "-"
                + request.getSpanContext().getSpanId() + "-01");

        ProducerRecord<String, byte[]> record = new ProducerRecord<>("styrplan.plan.v1", "plan-1", new byte[0]);
        Span publish = tracing.startPublish(written, record, "event-1", "outbox-relay");
        tracing.endPublish(publish, new RecordMetadata(new TopicPartition("styrplan.plan.v1", 2), 41, 0, 0L, 0, 0), null);

        SpanData producer = only("styrplan.plan.v1 publish");
        assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(producer.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(producer.getAttributes().get(EventTracing.SYSTEM)).isEqualTo("kafka");
        assertThat(producer.getAttributes().get(EventTracing.DESTINATION)).isEqualTo("styrplan.plan.v1");
        assertThat(producer.getAttributes().get(EventTracing.MESSAGE_ID)).isEqualTo("event-1");
        assertThat(producer.getAttributes().get(EventTracing.KAFKA_KEY)).isEqualTo("plan-1");
        assertThat(producer.getAttributes().get(EventTracing.PARTITION)).isEqualTo("2");
        assertThat(producer.getAttributes().get(EventTracing.OFFSET)).isEqualTo(41L);
        // the record continues from the producer span, not from the request's
        assertThat(header(record, "traceparent"))
                .isEqualTo("00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void aFailedSendEndsTheSpanAsAnError() {
        EventTracing tracing = tracing(sdk, false);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("t", "k", new byte[0]);
        Span publish = tracing.startPublish(new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "vendor=x"), record, "e", "outbox-relay");
        tracing.endPublish(publish, null, new IllegalStateException("broker away"));

        SpanData producer = only("t publish");
        assertThat(producer.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(producer.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(producer.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(header(record, "tracestate")).isEqualTo("vendor=x");
    }

    @Test
    void withoutASpanOrATraceNothingIsCarried() {
        EventTracing tracing = tracing(sdk, false);
        assertThat(tracing.current()).isNull();

        ProducerRecord<String, byte[]> record = new ProducerRecord<>("t", "k", new byte[0]);
        assertThat(tracing.startPublish(null, record, "e", "outbox-relay")).isNull();
        assertThat(tracing.startPublish(new TraceContext("not-a-traceparent", null), record, "e", "outbox-relay")).isNull();
        assertThat(record.headers().toArray()).isEmpty();
        assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void withTheSdkSwitchedOffNothingIsCapturedOrSent() {
        EventTracing tracing = tracing(sdk, true);
        Span request = sdk.getTracer("test").spanBuilder("POST /goals").startSpan();
        try (Scope scope = request.makeCurrent()) {
            assertThat(tracing.enabled()).isFalse();
            assertThat(tracing.current()).isNull();
        } finally {
            request.end();
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("t", "k", new byte[0]);
        assertThat(tracing.startPublish(new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null),
                record, "e", "outbox-relay")).isNull();
        assertThat(record.headers().toArray()).isEmpty();
    }

    private SpanData only(String name) {
        List<SpanData> named = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).hasSize(1);
        return named.get(0);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static EventTracing tracing(OpenTelemetry otel, boolean sdkDisabled) {
        EventTracing tracing = new EventTracing();
        tracing.openTelemetry = new Single(otel);
        tracing.sdkDisabled = sdkDisabled;
        tracing.init();
        return tracing;
    }

    /** The one OpenTelemetry a Quarkus service would inject. */
    private record Single(OpenTelemetry otel) implements Instance<OpenTelemetry> {
        @Override public OpenTelemetry get() { return otel; }
        @Override public boolean isResolvable() { return true; }
        @Override public boolean isUnsatisfied() { return false; }
        @Override public boolean isAmbiguous() { return false; }
        @Override public Instance<OpenTelemetry> select(java.lang.annotation.Annotation... q) { return this; }
        @Override public <U extends OpenTelemetry> Instance<U> select(Class<U> t, java.lang.annotation.Annotation... q) { throw new UnsupportedOperationException(); }
        @Override public <U extends OpenTelemetry> Instance<U> select(jakarta.enterprise.util.TypeLiteral<U> t, java.lang.annotation.Annotation... q) { throw new UnsupportedOperationException(); }
        @Override public java.util.Iterator<OpenTelemetry> iterator() { return List.of(otel).iterator(); }
        @Override public void destroy(OpenTelemetry instance) { }
        @Override public Handle<OpenTelemetry> getHandle() { throw new UnsupportedOperationException(); }
        @Override public Iterable<? extends Handle<OpenTelemetry>> handles() { throw new UnsupportedOperationException(); }
    }
}
