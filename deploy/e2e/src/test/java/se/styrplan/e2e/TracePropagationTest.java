package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import se.styrplan.devstack.test.TraceIds;
import se.styrplan.e2e.OtlpTraceReceiver.Kind;
import se.styrplan.e2e.OtlpTraceReceiver.ReceivedSpan;

/**
 * One trace across the processes (issue #9): a change sent through the gateway reaches indicator-service, leaves it
 * through the outbox and Kafka, and is applied and announced by reporting-service, all in the caller's trace, as
 * the services export it over OTLP to {@link OtlpTraceReceiver} ({@code Platform} gives every service its environment).
 */
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aChangeThroughTheGatewayIsOneTraceUntilReportingServiceAnnouncesIt() {
        Platform.get();
        OtlpTraceReceiver receiver = OtlpTraceReceiver.shared();
        String traceId = TraceIds.traceId();
        String callerSpanId = TraceIds.spanId();
        String key = "e2e-trace-" + UUID.randomUUID().toString().substring(0, 8);

        String indicator = Call.as("petra").contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(Map.of("key", key, "title", "E2E " + key, "unit", "percent", "direction", "higher_is_better",
                        "source", "own_data", "owningDepartment", "miljoforvaltningen"))
                .when().post("/api/indicators/definitions").then().statusCode(201).extract().path("id");

        // the last hop: reporting-service relays the StatusChanged of the new indicator (nothing → insufficient data)
        ReceivedSpan announced = awaitSpan(receiver, traceId, s -> s.service().equals("reporting-service")
                && s.kind() == Kind.PRODUCER && s.name().equals("styrplan.reporting.v1 publish"));
        // each service exports in batches of its own: wait for the spans the assertions walk through, not just the last
        ReceivedSpan gateway = awaitSpan(receiver, traceId, s -> s.service().equals("gateway") && s.kind() == Kind.SERVER);
        assertThat(gateway.parentSpanId()).as("the gateway continues the caller's trace").isEqualTo(callerSpanId);
        ReceivedSpan service = awaitSpan(receiver, traceId, s -> s.service().equals("indicator-service") && s.kind() == Kind.SERVER);
        ReceivedSpan caller = awaitSpan(receiver, traceId, s -> s.spanId().equals(service.parentSpanId()));
        assertThat(caller.service()).as("indicator-service's request comes from the gateway").isEqualTo("gateway");
        // the rest walks parent links through spans of several batches: asserted until every batch has arrived
        org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertTheHopsThroughKafka(receiver.trace(traceId), indicator, service, announced));
    }

    private static void assertTheHopsThroughKafka(List<ReceivedSpan> trace, String indicator, ReceivedSpan service, ReceivedSpan announced) {
        ReceivedSpan published = one(trace, s -> s.service().equals("indicator-service") && s.kind() == Kind.PRODUCER
                && s.name().equals("styrplan.indicator.v1 publish"));
        assertThat(published.attributes()).containsEntry("messaging.kafka.message.key", indicator);
        assertThat(ancestors(trace, published)).as("the relay's span descends from the request").contains(service.spanId());

        ReceivedSpan consumed = one(trace, s -> s.service().equals("reporting-service") && s.kind() == Kind.CONSUMER);
        assertThat(consumed.parentSpanId()).as("reporting-service continues the record's header").isEqualTo(published.spanId());
        ReceivedSpan applied = one(trace, s -> s.service().equals("reporting-service") && s.name().equals("styrplan.indicator.v1 apply"));
        assertThat(applied.parentSpanId()).isEqualTo(consumed.spanId());
        assertThat(applied.attributes()).containsEntry("cloudevents.event_type", "se.styrplan.indicator.IndicatorDefinitionChanged.v1")
                .containsEntry("styrplan.event.outcome", "applied");
        assertThat(ancestors(trace, announced)).as("the StatusChanged is written while the event is applied").contains(applied.spanId());
    }

    private static ReceivedSpan awaitSpan(OtlpTraceReceiver receiver, String traceId, Predicate<ReceivedSpan> wanted) {
        try {
            return org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .until(() -> receiver.trace(traceId).stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the span never arrived; the trace has: " + receiver.trace(traceId), e);
        }
    }

    private static ReceivedSpan one(List<ReceivedSpan> trace, Predicate<ReceivedSpan> wanted) {
        List<ReceivedSpan> found = trace.stream().filter(wanted).toList();
        assertThat(found).as("in the trace: %s", trace).isNotEmpty();
        return found.get(0);
    }

    private static Optional<ReceivedSpan> spanOf(List<ReceivedSpan> trace, String spanId) {
        return trace.stream().filter(s -> s.spanId().equals(spanId)).findFirst();
    }

    /** The span's ancestors within the trace, nearest first. */
    private static List<String> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        List<String> found = new ArrayList<>();
        Optional<ReceivedSpan> at = spanOf(trace, span.parentSpanId());
        for (int depth = 0; at.isPresent() && depth < 30; depth++) {
            found.add(at.get().spanId());
            at = spanOf(trace, at.get().parentSpanId());
        }
        return found;
    }

}
