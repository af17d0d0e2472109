package se.styrplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static se.styrplan.gateway.routing.Callers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The proxy sends each prefix to its service and delivers the request as the caller sent it. */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class ProxyRoutingTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @CsvSource({
            "/api/plan/plans, plan-service",
            "/public/plan/plans/current, plan-service",
            "/api/plan, plan-service",
            "/api/indicators/catalogue, indicator-service",
            "/public/indicators/values, indicator-service",
            "/api/reports/status, reporting-service",
            "/public/reports/goals, reporting-service",
            "/open-data/indicators.csv, reporting-service" })
    void eachPrefixReachesItsService(String path, String service) {
        signedIn().when().get(path)
                .then().statusCode(200)
                .header("X-Upstream", service)
                .body("uri", equalTo(path));
    }

    @ParameterizedTest
    @CsvSource({ "/public/plan/plans/current, plan-service", "/public/indicators/values, indicator-service",
            "/public/reports/goals, reporting-service", "/open-data/indicators.csv, reporting-service" })
    void publicPathsNeedNoSignIn(String path, String service) {
        given().when().get(path).then().statusCode(200).header("X-Upstream", service)
                .body("authorization", nullValue());
    }

    @ParameterizedTest
    @CsvSource({ "/api/plan/plans", "/api/indicators/catalogue", "/api/reports/status" })
    void apiPathsAreNotForwardedWithoutSignIn(String path) {
        given().redirects().follow(false).when().get(path)
                .then().statusCode(401).contentType("application/problem+json")
                .header("X-Upstream", nullValue()).header("Location", nullValue())
                .header("WWW-Authenticate", "Bearer realm=\"styrplan\"")
                .body("type", equalTo("https://styrplan.se/problems/unauthenticated"))
                .body("instance", equalTo(path));
    }

    @Test
    void pathsThatOnlyLookAlikeAreNotProxied() {
        signedIn().when().get("/api/planet").then().statusCode(404).header("X-Upstream", nullValue());
        signedIn().when().get("/open-data-extra/x").then().statusCode(404).header("X-Upstream", nullValue());
    }

    @Test
    void gatewaysOwnEndpointsStayWithTheGateway() {
        given().when().get("/api/admin/audit").then().statusCode(401).header("X-Upstream", nullValue());
        given().when().get("/q/openapi").then().statusCode(200).header("X-Upstream", nullValue());
    }

    @Test
    void pathQueryMethodBodyAndAuthorizationArriveUnchanged() {
        String path = "/api/indicators/values/a%20b/c%2Fd";
        String query = "year=2024&dept=milj%C3%B6&empty=&x=1&x=2";
        String token = Callers.token();
        JsonPath seen = given()
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"value\": 42.5, \"note\": \"åäö\"}")
                .when().patch(path + "?" + query)
                .then().statusCode(200).header("X-Upstream", "indicator-service")
                .extract().jsonPath();
        assertThat(seen.getString("method")).isEqualTo("PATCH");
        assertThat(seen.getString("uri")).isEqualTo(path + "?" + query);
        assertThat(seen.getString("body")).isEqualTo("{\"value\": 42.5, \"note\": \"åäö\"}");
        assertThat(seen.getString("authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.getString("headers.content-type")).isEqualTo("application/json");
    }

    @Test
    void everyMethodIsForwarded() {
        for (String method : new String[] { "GET", "POST", "PUT", "PATCH", "DELETE" }) {
            signedIn().body("x").when().request(method, "/api/plan/goals/1")
                    .then().statusCode(200).body("method", equalTo(method));
        }
    }

    @Test
    void forwardedHeadersTellTheServiceWhoCalled() {
        Response response = signedIn().header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=198.51.100.1")
                .when().get("/api/reports/status");
        JsonPath seen = response.then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("forwardedFor")).matches("203\\.0\\.113\\.7, [0-9a-f.:]+");
        assertThat(seen.getString("forwardedProto")).isEqualTo("http");
        assertThat(seen.getString("forwardedHost")).startsWith("localhost:");
        assertThat(seen.getString("headers.forwarded")).isNull();
        // the service sees its own host, not the gateway's
        assertThat(seen.getString("host")).isNotEqualTo(seen.getString("forwardedHost"));
    }

    @Test
    void hopByHopHeadersAreStrippedBothWays() {
        Response response = signedIn()
                .header("Connection", "keep-alive, X-Private-Hop")
                .header("X-Private-Hop", "1")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .when().get("/api/plan/plans");
        JsonPath seen = response.then().statusCode(200).extract().jsonPath();
        assertThat(seen.getMap("headers")).doesNotContainKeys("x-private-hop", "proxy-authorization", "te");
        assertThat(response.getHeader("X-Internal-Hop")).isNull();
        assertThat(response.getHeader("Keep-Alive")).isNull();
    }

    @Test
    void requestIdIsGeneratedPropagatedAndEchoed() {
        Response response = signedIn().when().get("/api/plan/plans");
        String id = response.getHeader("X-Request-Id");
        assertThat(id).matches(UUID);
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        // the service's own id does not leak out beside the gateway's
        assertThat(response.getHeaders().getValues("X-Request-Id")).containsExactly(id);
    }

    @Test
    void wellFormedCallerRequestIdIsKept() {
        signedIn().header("X-Request-Id", "caller-req.0001_ABC")
                .when().get("/api/indicators/x")
                .then().statusCode(200)
                .header("X-Request-Id", "caller-req.0001_ABC")
                .body("requestId", equalTo("caller-req.0001_ABC"));
    }

    @Test
    void malformedCallerRequestIdIsReplaced() {
        signedIn().header("X-Request-Id", "bad id\\r\\nX-Injected: 1")
                .when().get("/api/indicators/x")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .body("requestId", matchesPattern(UUID));
        signedIn().header("X-Request-Id", "short")
                .when().get("/api/indicators/x")
                .then().header("X-Request-Id", not(equalTo("short")));
    }

    @Test
    void gatewaysOwnResponsesCarryTheSameRequestIdAsTheirProblemBody() {
        Response response = given().when().get("/api/admin/audit");
        response.then().statusCode(401);
        String id = response.getHeader("X-Request-Id");
        assertThat(id).matches(UUID);
        assertThat(response.getHeaders().getValues("X-Request-Id")).containsExactly(id);
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
    }
}
