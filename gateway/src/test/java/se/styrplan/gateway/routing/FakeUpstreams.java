package se.styrplan.gateway.routing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Starts one fake service per route and points the gateway at them, with short timeouts and a quick circuit
 * breaker so the failure tests run in seconds. Injected into test fields of type FakeUpstreams.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final long RESPONSE_TIMEOUT_MS = 1500;
    static final int FAILURE_THRESHOLD = 3;
    static final long OPEN_MS = 2000;
    static final String ALLOWED_ORIGIN = "https://allowed.example";

    private Vertx vertx;
    FakeUpstream plan;
    FakeUpstream indicators;
    FakeUpstream reports;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        plan = new FakeUpstream(vertx, "plan-service");
        indicators = new FakeUpstream(vertx, "indicator-service");
        reports = new FakeUpstream(vertx, "reporting-service");
        plan.start();
        indicators.start();
        reports.start();
        return Map.of(
                "styrplan.routes.plan-service.url", plan.url(),
                "styrplan.routes.indicator-service.url", indicators.url(),
                "styrplan.routes.reporting-service.url", reports.url(),
                "styrplan.routes.response-timeout", RESPONSE_TIMEOUT_MS + "ms",
                "styrplan.routes.circuit-breaker.failure-threshold", Integer.toString(FAILURE_THRESHOLD),
                "styrplan.routes.circuit-breaker.open-duration", OPEN_MS + "ms",
                "quarkus.http.cors.origins", ALLOWED_ORIGIN);
    }

    /** Stops the named fake service (other packages' tests use these two). */
    public void stop(String service) {
        byName(service).stop();
    }

    public void start(String service) {
        byName(service).start();
    }

    private FakeUpstream byName(String service) {
        return java.util.stream.Stream.of(plan, indicators, reports).filter(u -> u.name.equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(service));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(FakeUpstreams.class));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
