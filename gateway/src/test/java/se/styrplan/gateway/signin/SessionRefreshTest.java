package se.styrplan.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** A session whose tokens are (about to be) expired is refreshed with the refresh token: the services get a fresh one. */
@QuarkusTest
@TestProfile(ShortTokensProfile.class)
class SessionRefreshTest {

    @TestHTTPResource("/")
    URL testPort;

    @Test
    void expiringTokensAreRefreshedAndTheFreshAccessTokenIsRelayed() throws Exception {
        Browser browser = new Browser(testPort.toURI());
        Browser.Page landed = browser.submit(browser.get(Browser.GATEWAY + "/login?redirect=/api/plan/first"),
                Map.of("username", "karin", "password", "karin-demo"));
        assertThat(landed.status()).as(browser.trace()).isEqualTo(200);
        JsonObject first = Jwt.claims(new JsonObject(landed.body()).getString("authorization"));

        Thread.sleep((300 - ShortTokensProfile.SKEW_SECONDS + 1) * 1000L);
        int before = browser.history.size();
        Browser.Page later = browser.get(Browser.GATEWAY + "/api/plan/second");
        assertThat(later.status()).isEqualTo(200);
        JsonObject second = Jwt.claims(new JsonObject(later.body()).getString("authorization"));

        assertThat(second.getString("preferred_username")).isEqualTo("karin");
        assertThat(second.getString("sid")).isEqualTo(first.getString("sid")); // the same Keycloak session
        assertThat(second.getLong("iat")).isGreaterThan(first.getLong("iat"));
        assertThat(second.getLong("exp")).isGreaterThan(first.getLong("exp"));
        // the refreshed tokens are in a new session cookie
        assertThat(browser.history.get(before).setCookies()).anyMatch(c -> c.startsWith("q_session") && !c.contains("Max-Age=0"));
        assertThat(new JsonObject(browser.get(Browser.GATEWAY + "/api/me").body()).getString("username")).isEqualTo("karin");
    }
}
