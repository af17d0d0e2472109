package se.styrplan.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import se.styrplan.devstack.test.Tokens;

/**
 * With 5 requests per client and 8 per address an hour: a client's sixth request is a 429 problem with
 * Retry-After, another client from the same address goes on until the address's limit; health probes (on the
 * management port) still answer. One test, because the buckets are the gateway's state across the whole boot.
 */
@QuarkusTest
@TestProfile(LowRateLimitsProfile.class)
class RateLimitTest {

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void perClientThenPerAddressLimitsAnswer429WithRetryAfter() {
        String victor = Tokens.of("victor");
        String petra = Tokens.of("petra");
        for (int i = 0; i < LowRateLimitsProfile.PER_CLIENT; i++) {
            given().auth().oauth2(victor).when().get("/api/me").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(victor).when().get("/api/me");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://styrplan.se/problems/too-many-requests");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // 5 an hour: the next token comes in 12 minutes
        assertThat(retryAfter).isBetween(60L * 11, 60L * 12 + 1);
        assertThat(refused.header("X-Request-Id")).isNotBlank();
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // petra is another client: her requests count until the address's 8 are used (victor's 6 counted there too)
        given().auth().oauth2(petra).when().get("/api/me").then().statusCode(200).body("username", equalTo("petra"));
        given().auth().oauth2(petra).when().get("/api/me").then().statusCode(200);
        given().auth().oauth2(petra).when().get("/api/me").then().statusCode(429);
        // an anonymous caller from the same address too
        given().when().get("/api/me").then().statusCode(429);

        // probes are not counted: they go to the management port
        for (int i = 0; i < 3; i++) {
            given().when().get(liveness).then().statusCode(200);
        }
    }
}
