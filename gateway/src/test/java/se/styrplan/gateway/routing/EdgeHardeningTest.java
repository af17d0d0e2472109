package se.styrplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static se.styrplan.gateway.routing.Callers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Security headers on every response, HSTS only over TLS, CORS only for configured origins. */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class EdgeHardeningTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/plan/plans", "/api/admin/audit", "/api/openapi.json", "/no/such/path", "/q/openapi" })
    void securityHeadersOnProxiedOwnAndErrorResponses(String path) {
        assertSecurityHeaders(given().when().get(path));
        assertSecurityHeaders(signedIn().when().get(path));
    }

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.getHeaders().getValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders().getValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void hstsOnlyWhenTheCallerUsedTls() {
        signedIn().header("X-Forwarded-Proto", "https").when().get("/api/plan/plans")
                .then().header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().header("X-Forwarded-Proto", "https").when().get("/q/openapi")
                .then().header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().when().get("/q/openapi").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUiRendersUnderItsPolicy() {
        Response page = given().redirects().follow(true).when().get("/q/swagger-ui/");
        page.then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
        String csp = page.getHeader("Content-Security-Policy");
        String html = page.asString();

        // the page's inline bootstrap scripts and swagger-ui's injected styles are allowed, still no framing
        assertThat(html).contains("<script>");
        assertThat(csp).contains("script-src 'self' 'unsafe-inline'").contains("style-src 'self' 'unsafe-inline'")
                .contains("img-src 'self' data:").contains("frame-ancestors 'none'");
        // Authorize fetches tokens from Keycloak
        assertThat(csp).containsPattern("connect-src 'self' https?://[^ ;]+");

        // everything it loads is same-origin and served with a type the browser accepts under nosniff
        List<String> assets = assets(html);
        assertThat(assets).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotStartWith("http").doesNotStartWith("//"));
        for (String asset : assets) {
            String url = asset.startsWith("/") ? asset : "/q/swagger-ui/" + asset;
            Response loaded = given().when().get(url);
            assertThat(loaded.statusCode()).as(url).isEqualTo(200);
            if (asset.endsWith(".js")) {
                assertThat(loaded.contentType()).as(url).containsAnyOf("javascript", "ecmascript");
            } else if (asset.endsWith(".css")) {
                assertThat(loaded.contentType()).as(url).contains("text/css");
            }
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void corsRefusesAnUnknownOrigin() {
        given().header("Origin", "https://evil.example").when().get("/api/plan/plans")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .header("X-Upstream", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/plan/plans")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void corsAllowsAConfiguredOrigin() {
        signedIn().header("Origin", FakeUpstreams.ALLOWED_ORIGIN).when().get("/api/plan/plans")
                .then().statusCode(200).header("Access-Control-Allow-Origin", FakeUpstreams.ALLOWED_ORIGIN);
        given().header("Origin", FakeUpstreams.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .when().options("/api/plan/plans")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(FakeUpstreams.ALLOWED_ORIGIN));
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=[\"']([^\"']+)[\"']").matcher(html);
        while (m.find()) {
            String ref = m.group(1);
            if (!ref.startsWith("#") && !ref.startsWith("javascript:")) {
                found.add(ref);
            }
        }
        return found;
    }
}
