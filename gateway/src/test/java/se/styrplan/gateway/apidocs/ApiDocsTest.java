package se.styrplan.gateway.apidocs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.swagger.v3.oas.models.OpenAPI;
import se.styrplan.gateway.routing.FakeUpstreams;
import se.styrplan.gateway.routing.FakeUpstreamsProfile;

/**
 * GET /api/openapi.json against fake services that serve their documents (plan-service's committed contract and
 * two fakes): public, merged, valid, listed in Swagger UI; a service whose document was never fetched and that is
 * down makes a 503 problem naming it. Ordered: the 503 must come before anything has been cached.
 */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiDocsTest {

    FakeUpstreams upstreams;

    @Test
    @Order(1)
    void aServiceDownWithNothingCachedIsA503ProblemNamingIt() {
        upstreams.stop("reporting-service");
        try {
            given().when().get("/api/openapi.json").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://styrplan.se/problems/unavailable"))
                    .body("detail", containsString("reporting-service"))
                    .body("detail", org.hamcrest.Matchers.not(containsString("localhost")));
        } finally {
            upstreams.start("reporting-service");
        }
    }

    @Test
    @Order(2)
    void anonymousCallersGetOneValidDocumentWithEveryServicesPaths() throws Exception {
        String json = given().when().get("/api/openapi.json").then()
                .statusCode(200).contentType(containsString("application/json"))
                .extract().asString();
        OpenAPI parsed = OpenApiDocuments.assertValidOpenApi3(json).getOpenAPI();
        List<String> expected = new ArrayList<>();
        OpenApiDocuments.planServiceContract().path("paths").fieldNames().forEachRemaining(expected::add);
        OpenApiDocuments.fake("reporting-service").path("paths").fieldNames().forEachRemaining(expected::add);
        expected.addAll(List.of("/api/indicators/indicators", "/api/indicators/audit", "/public/indicators/indicators",
                "/api/me", "/api/admin/users", "/api/openapi.json"));
        assertThat(parsed.getPaths().keySet()).containsAll(expected)
                .doesNotContain("/internal/indicators/only-on-the-service-port");
        assertThat(parsed.getServers()).extracting(s -> s.getUrl()).containsExactly("http://localhost:8080");
        JsonNode doc = OpenApiDocuments.JSON.readTree(json);
        assertThat(doc.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText())
                .endsWith("/realms/styrplan/.well-known/openid-configuration")
                .doesNotContain("internal-keycloak");
    }

    @Test
    @Order(3)
    void aServiceDownAfterwardsIsServedFromTheLastGoodCopy() {
        upstreams.stop("indicator-service");
        try {
            given().when().get("/api/openapi.json").then().statusCode(200)
                    .body("paths", org.hamcrest.Matchers.hasKey("/api/indicators/indicators"));
        } finally {
            upstreams.start("indicator-service");
        }
    }

    @Test
    @Order(4)
    void swaggerUiListsTheMergedDocumentFirst() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/api/openapi.json"));
    }
}
