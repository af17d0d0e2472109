package se.styrplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.gateway.routing.Callers.signedIn;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.styrplan.devstack.test.FinishedSpans;
import se.styrplan.devstack.test.TraceIds;

/**
 * A request proxied by the gateway carries the gateway's trace to the service (issue #9): the service receives a
 * W3C {@code traceparent} of the trace the gateway's server span belongs to, whose parent is a span of the gateway
 * (not the caller's span passed through).
 */
@QuarkusTest
@TestProfile(ProxyTracingTest.TracingOn.class)
class ProxyTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemorySpanExporter spans;

    private FinishedSpans finished() {
        return new FinishedSpans(spans, WAIT);
    }

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void theServiceReceivesTheTraceTheGatewayStarted() {
        String received = signedIn().when().get("/api/plan/plans")
                .then().statusCode(200).header("X-Upstream", "plan-service")
                .extract().path("headers.traceparent");

        String[] upstream = TraceIds.traceparent(received);
        SpanData server = finished().await(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(upstream[1]));
        assertThat(server.getParentSpanContext().isValid()).as("the gateway started this trace").isFalse();
        assertThat(finished().idsOf(upstream[1])).as("the service's parent span is one of the gateway's").contains(upstream[2]);
    }

    @Test
    void aCallersTraceGoesOnThroughTheGateway() {
        String traceId = TraceIds.traceId();
        String callerSpanId = TraceIds.spanId();
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> seen = given()
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .when().get("/public/reports/goals")
                .then().statusCode(200).header("X-Upstream", "reporting-service").extract();
        String received = seen.path("headers.traceparent");
        // one trace context only: a copy of the caller's next to the gateway's would make the service skip the gateway
        assertThat(seen.jsonPath().getList("traceparents", String.class)).containsExactly(received);

        String[] upstream = TraceIds.traceparent(received);
        assertThat(upstream[1]).isEqualTo(traceId);
        assertThat(upstream[2]).as("not the caller's span passed through").isNotEqualTo(callerSpanId);
        SpanData server = finished().await(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertThat(server.getParentSpanId()).isEqualTo(callerSpanId);
        assertThat(finished().idsOf(traceId)).contains(upstream[2]);
    }

    /** The fake services of {@link FakeUpstreamsProfile}, with the OpenTelemetry SDK on and its spans kept in memory. */
    public static class TracingOn extends FakeUpstreamsProfile {
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
