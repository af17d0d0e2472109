package se.styrplan.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * Carries a trace across the outbox: {@link #current()} is what {@code Outbox} stores in an event's envelope when it
 * is written inside a span; the relay later sends the event under a PRODUCER span that continues that trace
 * ({@link #startPublish}) and whose context goes with the Kafka record as W3C {@code traceparent}/{@code tracestate}
 * headers ({@link #inject}), where the consumer's instrumentation picks it up.
 *
 * <p>Off, and then free, unless the service has OpenTelemetry (quarkus-opentelemetry) with its SDK switched on
 * ({@code quarkus.otel.sdk.disabled=false}): no context is captured and no span or header is made.
 */
@ApplicationScoped
public class EventTracing {

    // messaging semantic conventions (the span's attributes); strings here, the constants live in semconv's incubating jar
    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> CLIENT_ID = AttributeKey.stringKey("messaging.client.id");
    static final AttributeKey<String> KAFKA_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

    private static final TextMapGetter<TraceContext> FROM_ENVELOPE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return java.util.List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            return carrier == null ? null
                    : TraceContext.TRACEPARENT.equals(key) ? carrier.traceparent()
                    : TraceContext.TRACESTATE.equals(key) ? carrier.tracestate() : null;
        }
    };

    private static final TextMapSetter<Headers> TO_HEADERS = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    @Inject
    Instance<OpenTelemetry> openTelemetry;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean sdkDisabled;

    /** The envelope's attributes are W3C trace context by definition (CloudEvents Distributed Tracing extension). */
    private final TextMapPropagator envelopeFormat = W3CTraceContextPropagator.getInstance();
    private boolean enabled;
    private Tracer tracer;
    /** The deployment's own propagators (W3C trace context and baggage by default), for the Kafka headers. */
    private TextMapPropagator headerFormat;

    @PostConstruct
    void init() {
        enabled = !sdkDisabled && openTelemetry.isResolvable();
        if (enabled) {
            OpenTelemetry otel = openTelemetry.get();
            tracer = otel.getTracer("se.styrplan.platform.outbox");
            headerFormat = otel.getPropagators().getTextMapPropagator();
        }
    }

    /** Whether traces are recorded at all; when not, nothing here does anything. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The trace context of the span current on this thread, for an event written now; null when tracing is off or
     * no span is active (a scheduled job outside any trace, a test), so that the envelope carries nothing.
     */
    public TraceContext current() {
        if (!enabled || !Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        envelopeFormat.inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get(TraceContext.TRACEPARENT);
        return traceparent == null ? null : new TraceContext(traceparent, carrier.get(TraceContext.TRACESTATE));
    }

    /**
     * Starts the PRODUCER span ("{topic} publish") of relaying one event written under {@code written}, as a child
     * of the span that wrote it, and puts its context into the record's headers. Returns null, doing nothing, when
     * tracing is off or the event carries no trace context: such a record goes without trace headers.
     */
    public Span startPublish(TraceContext written, ProducerRecord<String, byte[]> record, String eventId, String clientId) {
        if (!enabled || written == null) {
            return null;
        }
        Context parent = envelopeFormat.extract(Context.root(), written, FROM_ENVELOPE);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return null; // a traceparent that does not parse: send the event as it is
        }
        Span span = tracer.spanBuilder(record.topic() + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION_TYPE, "send")
                .setAttribute(OPERATION_NAME, "publish")
                .setAttribute(MESSAGE_ID, eventId)
                .setAttribute(CLIENT_ID, clientId)
                .setAttribute(KAFKA_KEY, record.key())
                .startSpan();
        headerFormat.inject(parent.with(span), record.headers(), TO_HEADERS);
        return span;
    }

    /** Ends a span of {@link #startPublish} when the broker has answered (on the producer's I/O thread). */
    public void endPublish(Span span, RecordMetadata sent, Exception failure) {
        if (span == null) {
            return;
        }
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getMessage());
        } else if (sent != null) {
            span.setAttribute(PARTITION, Integer.toString(sent.partition()));
            span.setAttribute(OFFSET, sent.offset());
        }
        span.end();
    }
}
