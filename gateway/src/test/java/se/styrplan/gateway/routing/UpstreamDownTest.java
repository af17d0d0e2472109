package se.styrplan.gateway.routing;

import static se.styrplan.gateway.routing.Callers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * When a service is down or slow the caller gets a prompt problem+json naming the service (and nothing of its
 * address), the circuit opens after repeated failures, and traffic flows again once the service is back.
 */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class UpstreamDownTest {

    FakeUpstreams upstreams;

    @Test
    void stoppedServiceGives503ProblemThenOpenCircuitThenRecovers() {
        FakeUpstream plan = upstreams.plan;
        signedIn().when().get("/api/plan/plans").then().statusCode(200);
        plan.stop();
        try {
            for (int attempt = 1; attempt <= FakeUpstreams.FAILURE_THRESHOLD; attempt++) {
                long started = System.nanoTime();
                Response response = signedIn().header("X-Request-Id", "down-test-" + attempt)
                        .when().get("/api/plan/plans?year=2024");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
                assertProblem(response, 503, "https://styrplan.se/problems/unavailable", "/api/plan/plans");
                assertThat(response.jsonPath().getString("requestId")).isEqualTo("down-test-" + attempt);
                assertThat(response.jsonPath().getString("detail")).contains("plan-service").contains("not reachable");
                assertNoInternals(response, plan);
            }

            // the circuit is open: answered at once, even though the service is back already
            plan.start();
            Response open = signedIn().when().post("/api/plan/plans");
            assertProblem(open, 503, "https://styrplan.se/problems/unavailable", "/api/plan/plans");
            assertThat(open.jsonPath().getString("detail")).contains("plan-service").contains("temporarily unavailable");
            assertThat(Integer.parseInt(open.getHeader("Retry-After"))).isBetween(1, 2);
            assertNoInternals(open, plan);
        } finally {
            plan.start();
        }

        // recovery: after the open period a trial passes and closes the circuit
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> signedIn().when().get("/api/plan/plans").statusCode() == 200);
        for (int i = 0; i < 5; i++) {
            signedIn().when().get("/api/plan/plans").then().statusCode(200).header("X-Upstream", "plan-service");
        }
    }

    @Test
    void otherServicesAreUnaffectedWhileOneIsDown() {
        upstreams.indicators.stop();
        try {
            signedIn().when().get("/api/indicators/x").then().statusCode(503);
            signedIn().when().get("/api/reports/status").then().statusCode(200).header("X-Upstream", "reporting-service");
        } finally {
            upstreams.indicators.start();
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> signedIn().when().get("/api/indicators/x").statusCode() == 200);
    }

    @Test
    void slowServiceGives504WithinTheResponseTimeout() {
        long started = System.nanoTime();
        Response response = signedIn().when().get("/api/reports/analysis/slow?ms=6000");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(response, 504, "https://styrplan.se/problems/gateway-timeout", "/api/reports/analysis/slow");
        assertThat(response.jsonPath().getString("detail")).contains("reporting-service");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(FakeUpstreams.RESPONSE_TIMEOUT_MS))
                .isLessThan(Duration.ofMillis(FakeUpstreams.RESPONSE_TIMEOUT_MS + 2000));
        assertNoInternals(response, upstreams.reports);
        // a single timeout does not open the circuit
        signedIn().when().get("/api/reports/status").then().statusCode(200);
    }

    @Test
    void serviceHangingUpWithoutAnswerGives502() {
        Response response = signedIn().when().get("/api/indicators/values/broken");
        assertProblem(response, 502, "https://styrplan.se/problems/bad-gateway", "/api/indicators/values/broken");
        assertThat(response.jsonPath().getString("detail")).contains("indicator-service");
        assertNoInternals(response, upstreams.indicators);
        signedIn().when().get("/api/indicators/x").then().statusCode(200);
    }

    @Test
    void answerWithinTheTimeoutIsNotCutOff() {
        signedIn().when().get("/api/reports/analysis/slow?ms=300").then().statusCode(200).body(equalTo("slow"));
    }

    private static void assertProblem(Response response, int status, String type, String instance) {
        response.then().statusCode(status).contentType("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(instance);
        assertThat(problem.getString("requestId")).isNotBlank().isEqualTo(response.getHeader("X-Request-Id"));
    }

    private static void assertNoInternals(Response response, FakeUpstream upstream) {
        String body = response.asString();
        assertThat(body).doesNotContain(Integer.toString(upstream.port)).doesNotContain("localhost")
                .doesNotContain("127.0.0.1").doesNotContain("Exception");
    }
}
