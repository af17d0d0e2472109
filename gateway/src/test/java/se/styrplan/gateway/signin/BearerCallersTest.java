package se.styrplan.gateway.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.Tokens;

/** Machine clients and Swagger keep using bearer tokens; without one (and without a session) only public paths answer. */
@QuarkusTest
class BearerCallersTest {

    // the management port's URLs, relative to its /q root
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void aMachineClientsBearerTokenIsAccepted() {
        given().auth().oauth2(Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("service-account-styrplan-integration"))
                .body("name", nullValue())
                .body("roles", equalTo(List.of("viewer")))
                .body("departments", equalTo(List.of()));
    }

    @Test
    void aUsersBearerTokenShowsTheirGroups() {
        given().auth().oauth2(Tokens.of("bo")).when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("bo"))
                .body("roles", equalTo(List.of("viewer")))
                .body("partyGroups", equalTo(List.of("blagrona-styret")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        // admin-cli is a client of the same realm: signed by the right keys, but not meant for the Styrplan APIs
        String foreign = se.styrplan.gateway.users.TestLogins.adminCliToken("petra", "petra-demo");
        given().auth().oauth2(foreign).redirects().follow(false).when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"styrplan\"").header("Location", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/me", "/api/admin/users", "/api/admin/audit", "/q/metrics", "/no/such/page", "/api/plan/plans" })
    void withoutTokenOrSessionOnlyA401Problem(String path) {
        given().redirects().follow(false).accept("text/html").when().get(path)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"styrplan\"")
                .header("Location", nullValue())
                .body("status", equalTo(401))
                .body("instance", equalTo(path));
    }

    @Test
    void signedInTheUsualAnswersFollow() {
        String token = Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET);
        given().auth().oauth2(token).when().get("/no/such/page").then().statusCode(404);
        // metrics and health are not on the public port, whoever asks
        given().auth().oauth2(token).when().get("/q/metrics").then().statusCode(404);
        given().auth().oauth2(token).when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void theManagementPortServesProbesAndPrometheusWithoutAToken() {
        given().when().get(readiness).then().statusCode(200);
        given().when().get(liveness).then().statusCode(200);
        assertThat(given().when().get(metrics).then().statusCode(200).extract().asString()).contains("http_server_requests_seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/openapi", "/q/swagger-ui/" })
    void operationsPathsArePublic(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @Test
    void anInvalidTokenOnAPublicPathIsIgnored() {
        given().auth().oauth2("not.a.token").when().get("/q/openapi").then().statusCode(200);
    }
}
