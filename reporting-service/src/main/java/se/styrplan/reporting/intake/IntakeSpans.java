package se.styrplan.reporting.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * The span of applying one consumed event (one per attempt), under the consumer span that SmallRye's Kafka
 * connector continues from the record's {@code traceparent} header: so the intake, the status computation and the
 * StatusChanged events it writes to the outbox (which carry this context on) belong to the producer's trace.
 * With the OpenTelemetry SDK off, these spans are no-ops.
 */
@ApplicationScoped
class IntakeSpans {

    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("styrplan.event.outcome");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("styrplan.event.attempt");

    @Inject
    Tracer tracer;

    /** Started as a child of the current (consumer) span; the caller makes it current and ends it. */
    Span start(ConsumerRecord<String, String> record, int attempt) {
        return tracer.spanBuilder(record.topic() + " apply")
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.kafka.message.key", record.key() == null ? "" : record.key())
                .setAttribute(ATTEMPT, (long) attempt)
                .startSpan();
    }

    /** Which event the current span applies, once the envelope is read. */
    static void describe(Envelope event) {
        Span span = Span.current();
        span.setAttribute(EVENT_ID, event.id());
        span.setAttribute(EVENT_TYPE, event.type());
    }

    static void succeeded(Span span, EventIntake.Outcome outcome) {
        span.setAttribute(OUTCOME, outcome.code());
        span.end();
    }

    static void failed(Span span, RuntimeException failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, failure.getMessage());
        span.end();
    }
}
