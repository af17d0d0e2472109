package se.styrplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Issue #7's "must show": with a service stopped (its process killed), the gateway answers 503 problem+json within
 * its connect timeout, and serves the service again once it is back. Runs last ({@link ClassOrderer.OrderAnnotation}
 * in junit-platform.properties): it takes indicator-service away for a while.
 */
@Order(Integer.MAX_VALUE)
class ServiceOutageTest {

    private static final String PATH = "/api/indicators/definitions?size=1";

    @Test
    void aStoppedServiceIs503ProblemWithinTheTimeoutAndIsServedAgainWhenItReturns() {
        Platform platform = Platform.get();
        Call.as("victor").when().get(PATH).then().statusCode(200);

        platform.indicators.stop();
        try {
            assertThat(platform.indicators.isAlive()).isFalse();
            long started = System.nanoTime();
            Response down = Call.as("victor").when().get(PATH);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.jsonPath().getString("type")).isEqualTo("https://styrplan.se/problems/unavailable");
            assertThat(down.jsonPath().getString("detail")).contains("indicator-service")
                    .doesNotContain("localhost").doesNotContain(Integer.toString(platform.indicators.port()));
            assertThat(down.header("X-Request-Id")).isNotBlank();
            // refused connections are answered at once; in no case later than the gateway's response timeout
            assertThat(took).isLessThan(Duration.ofSeconds(Long.parseLong(Platform.ROUTES_RESPONSE_TIMEOUT_SECONDS)));
            // the other services are not affected
            Call.as("victor").when().get("/api/plan/plans").then().statusCode(200);
        } finally {
            platform.indicators.start();
        }
        // once it is back (and its circuit lets a trial through) the gateway serves it again
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Call.as("victor").when().get(PATH).statusCode() == 200);
    }
}
