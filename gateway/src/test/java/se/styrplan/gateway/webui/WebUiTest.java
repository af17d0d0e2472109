package se.styrplan.gateway.webui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The web UI built by this module's Maven build (npm run build into META-INF/resources) is served without a
 * sign-in: the page at / and at each of the app's routes, its assets, and nothing of it under the API paths.
 */
@QuarkusTest
class WebUiTest {

    private static String page(String path) {
        return given().redirects().follow(false).when().get(path).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .extract().asString();
    }

    @Test
    void theRootServesTheSwedishAppPage() {
        String html = page("/");
        assertThat(html).contains("<html lang=\"sv\">", "<div id=\"root\"></div>");
        // no inline script: the CSP would block it
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/plan", "/plan/goals/hallbar-tillvaxt", "/proposals", "/proposals/3f0c9a2e-5d43-4a8e-9a51-0f3b1c7e2d10",
            "/indicators/1", "/follow-up", "/data", "/accessibility", "/admin/users" })
    void everyRouteOfTheAppGetsThePage(String path) {
        assertThat(page(path)).isEqualTo(page("/"));
    }

    @Test
    void theAssetsThePageNamesAreServedPublicly() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page("/"));
        assertThat(script.find()).as("the page loads its script from /assets/").isTrue();
        given().when().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/plan/plans", "/api/nothing-here", "/planning", "/index.html" })
    void otherPathsNeverGetThePage(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theMatcherKnowsTheAppsRoutesOnly() {
        assertThat(SpaFallback.isPage("/plan/goals/x")).isTrue();
        assertThat(SpaFallback.isPage("/follow-up")).isTrue();
        assertThat(SpaFallback.isPage("/")).isFalse();
        assertThat(SpaFallback.isPage("/assets/app.js")).isFalse();
        assertThat(SpaFallback.isPage("/api/plan/plans")).isFalse();
        assertThat(SpaFallback.isPage("/follow-up/x")).isFalse();
    }
}
