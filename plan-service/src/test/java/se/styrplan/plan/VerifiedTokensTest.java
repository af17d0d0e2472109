package se.styrplan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.platform.security.tokens.VerifiedTokens;

/**
 * Platform's memory of verified bearer tokens (se.styrplan.platform.security.tokens) with real Keycloak tokens and
 * the real Quarkus OIDC: a token is verified once and then handed out from memory (counted by the hit and miss
 * metric), a forged one is still refused, and roles and party groups still decide from a remembered identity.
 * Each test asks Keycloak for new tokens (Tokens caches its tokens, which other tests may have used already),
 * so the first request with each is a miss.
 */
@QuarkusTest
class VerifiedTokensTest {

    private static final String LOOKUPS = "styrplan.security.verified_tokens.lookups";

    @Inject
    MeterRegistry registry;

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aRealTokenIsVerifiedOnceThenRemembered() {
        UUID plan = PlanApi.planId();
        String token = freshToken(PlanApi.VIEWER);
        Lookups before = lookups();

        with(token).get("/api/plan/plans").then().statusCode(200);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 1));
        assertThat(verifiedTokens.size()).isPositive();

        with(token).get("/api/plan/plans").then().statusCode(200);
        with(token).get("/api/plan/plans/" + plan).then().statusCode(200).body("id", equalTo(plan.toString()));
        assertThat(lookups().since(before)).isEqualTo(new Lookups(2, 1));
    }

    @Test
    void aTamperedSignatureIsRefusedEvenAfterTheGenuineTokenWasRemembered() {
        String genuine = freshToken(PlanApi.PLANNER);
        with(genuine).get("/api/plan/plans").then().statusCode(200);
        with(genuine).get("/api/plan/plans").then().statusCode(200);
        String tampered = withOneSignatureCharacterChanged(genuine);
        Lookups before = lookups();

        for (int attempt = 0; attempt < 2; attempt++) {
            with(tampered).get("/api/plan/plans").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        // looked up and not found both times: OIDC verified it, refused it, and nothing was remembered
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 2));

        with(genuine).get("/api/plan/plans").then().statusCode(200);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(1, 2));
    }

    @Test
    void withoutATokenItStaysUnauthorized() {
        Lookups before = lookups();
        given().get("/api/plan/plans").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/plan/plans").then().statusCode(401);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 0));
    }

    @Test
    void aRememberedViewerIsStillForbiddenAPlannersWrite() {
        UUID plan = PlanApi.newSmallPlan();
        String viewer = freshToken(PlanApi.VIEWER);
        Lookups before = lookups();

        for (int attempt = 0; attempt < 3; attempt++) {
            with(viewer).body(Map.of("label", "Ett utkast")).post("/api/plan/plans/" + plan + "/versions")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(lookups().since(before)).isEqualTo(new Lookups(2, 1));
    }

    @Test
    void partyGroupsStillDecideFromARememberedIdentity() {
        UUID plan = PlanApi.newSmallPlan();
        String bo = freshToken(PlanApi.BO);
        String victor = freshToken(PlanApi.VIEWER);
        Lookups before = lookups();

        String first = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            String id = with(bo).body(Map.of("planId", plan, "kind", "statement", "title", "Blågröna prioriteringar " + attempt))
                    .post("/api/plan/proposals").then().statusCode(201)
                    .body("author.group", equalTo("blagrona-styret")).body("createdBy", equalTo("bo"))
                    .extract().path("id");
            first = first == null ? id : first;
            // a viewer without a party group neither writes a proposal nor sees bo's draft
            with(victor).body(Map.of("planId", plan, "kind", "statement", "title", "Mitt förslag"))
                    .post("/api/plan/proposals").then().statusCode(403);
            with(victor).get("/api/plan/proposals/" + first).then().statusCode(404);
        }
        assertThat(lookups().since(before)).isEqualTo(new Lookups(4, 2));
    }

    private static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A token of its own from Keycloak (the same grant as Tokens.of, without its cache). */
    private static String freshToken(String user) {
        String form = Map.of("grant_type", "password", "client_id", Tokens.GATEWAY_CLIENT, "client_secret", Tokens.GATEWAY_SECRET,
                "username", user, "password", user + "-demo", "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Tokens.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JsonPath.from(response.body()).getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One character in the middle of the signature replaced, so that the signature's bytes change. */
    private static String withOneSignatureCharacterChanged(String jwt) {
        int signatureStart = jwt.lastIndexOf('.') + 1;
        int middle = signatureStart + (jwt.length() - signatureStart) / 2;
        char replacement = jwt.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = jwt.substring(0, middle) + replacement + jwt.substring(middle + 1);
        assertThat(tampered).isNotEqualTo(jwt).hasSameSizeAs(jwt);
        return tampered;
    }

    private Lookups lookups() {
        return new Lookups(count("hit"), count("miss"));
    }

    private long count(String result) {
        var counter = registry.find(LOOKUPS).tag("result", result).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private record Lookups(long hits, long misses) {
        Lookups since(Lookups before) {
            return new Lookups(hits - before.hits, misses - before.misses);
        }
    }
}
