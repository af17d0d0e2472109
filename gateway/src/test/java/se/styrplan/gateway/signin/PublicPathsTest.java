package se.styrplan.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list of public paths and the HTTP permissions Quarkus enforces say the same. */
class PublicPathsTest {

    private static Properties config() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublicPathsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void thePermissionConfigListsExactlyThePublicPaths() throws IOException {
        Properties config = config();
        assertThat(Arrays.stream(config.getProperty("quarkus.http.auth.permission.public.paths").split(",")).map(String::trim))
                .containsExactlyInAnyOrderElementsOf(PublicPaths.ALL);
        assertThat(config.getProperty("quarkus.http.auth.permission.public.policy")).isEqualTo("permit");
    }

    @Test
    void everythingElseRequiresSignIn() throws IOException {
        Properties config = config();
        assertThat(config.getProperty("quarkus.http.auth.permission.signed-in.paths")).isEqualTo("/*");
        assertThat(config.getProperty("quarkus.http.auth.permission.signed-in.policy")).isEqualTo("authenticated");
        // no other permission may open (or close) a path behind the list's back
        assertThat(config.stringPropertyNames().stream().filter(k -> k.startsWith("quarkus.http.auth.permission."))
                .map(k -> k.split("\\.")[4]).distinct()).containsExactlyInAnyOrder("public", "signed-in");
        assertThat(config.getProperty("quarkus.http.auth.proactive")).isEqualTo("false");
    }

    @ParameterizedTest
    @CsvSource({
            "/, true", "/assets/app.js, true", "/assets, true", "/public/plan/plans, true", "/open-data/x.csv, true",
            "/q/health, false", "/q/health/ready, false", "/q/openapi, true", "/q/swagger-ui/index.html, true",
            "/login, true", "/logout, true", "/login/, true",
            "/plan, true", "/plan/goals/hallbar-tillvaxt, true", "/proposals/3f0c9a2e, true", "/indicators, true",
            "/follow-up, true", "/data, true", "/accessibility, true", "/admin/users, true",
            "/planning, false", "/database, false", "/follow-up/x, false", "/api/plan/proposals, false",
            "/api/plan/plans, false", "/api/me, false", "/api/admin/users, false", "/q/metrics, false",
            "/index.html, false", "/publicity, false", "/open-data-extra, false", "/loginx, false", "/q/openapi/x, false" })
    void matchingFollowsQuarkusPermissionRules(String path, boolean expected) {
        assertThat(PublicPaths.isPublic(path)).as(path).isEqualTo(expected);
    }
}
