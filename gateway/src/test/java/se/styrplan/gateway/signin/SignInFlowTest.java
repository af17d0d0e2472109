package se.styrplan.gateway.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.gateway.routing.FakeUpstreamsProfile;

/**
 * The browser sign-in end to end against the real Keycloak: the code flow with PKCE through Keycloak's login form,
 * the session cookie, the token relay to a (fake) service, /api/me, and the logout that ends the Keycloak session.
 */
@QuarkusTest
@TestProfile(FakeUpstreamsProfile.class)
class SignInFlowTest {

    @TestHTTPResource("/")
    URL testPort;

    private Browser browser() throws Exception {
        return new Browser(testPort.toURI());
    }

    private static String keycloak() {
        return TestStack.get().keycloak().realmUrl();
    }

    @Test
    void signInRelayMeAndLogout() throws Exception {
        Browser browser = browser();

        // /login sends the browser to Keycloak with PKCE (S256) and the gateway's registered redirect URI
        Browser.Page loginPage = browser.get(Browser.GATEWAY + "/login?redirect=/api/plan/whoami%3Fyear%3D2024");
        Browser.Page toKeycloak = browser.history.get(0);
        assertThat(toKeycloak.status()).isEqualTo(302);
        URI authorize = URI.create(toKeycloak.location().orElseThrow());
        assertThat(authorize.toString()).startsWith(keycloak() + "/protocol/openid-connect/auth");
        assertThat(authorize.getRawQuery()).contains("client_id=styrplan-gateway", "code_challenge_method=S256",
                "code_challenge=", "response_type=code", "redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogin");
        assertThat(loginPage.url().toString()).startsWith(keycloak());
        assertThat(loginPage.hasForm("kc-form-login")).as("Keycloak's login form").isTrue();

        // Keycloak's form, petra's password: back at the gateway with a session, then on to the redirect path
        Browser.Page landed = browser.submit(loginPage, Map.of("username", "petra", "password", "petra-demo"));
        assertThat(landed.isGateway()).isTrue();
        assertThat(landed.url().getPath()).isEqualTo("/api/plan/whoami");
        assertThat(landed.status()).isEqualTo(200);

        String sessionCookie = browser.history.stream().flatMap(p -> p.setCookies().stream())
                .filter(c -> c.startsWith("q_session") && !c.startsWith("q_session=;")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session cookie set: " + browser.trace()));
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/").doesNotContainIgnoringCase("Secure");
        String session = browser.cookieNames().stream().filter(n -> n.startsWith("q_session"))
                .map(n -> browser.cookie(n).orElseThrow()).reduce("", String::concat);
        assertThat(session).as(browser.trace()).isNotEmpty();

        // the relay: the service got the session's access token as a bearer token, and no session cookie
        JsonObject seen = new JsonObject(landed.body());
        assertThat(seen.getString("upstream")).isEqualTo("plan-service");
        assertThat(seen.getString("uri")).isEqualTo("/api/plan/whoami?year=2024");
        String relayed = seen.getString("authorization");
        assertThat(relayed).startsWith("Bearer ey");
        JsonObject claims = Jwt.claims(relayed);
        assertThat(claims.getString("preferred_username")).isEqualTo("petra");
        assertThat(claims.getValue("aud").toString()).contains("styrplan-api");
        assertThat(claims.getString("azp")).isEqualTo("styrplan-gateway");
        assertThat(seen.getJsonObject("headers").getString("cookie")).isNull();
        // the session cookie holds the tokens encrypted: not even the access token's claims can be read from it
        assertThat(session).doesNotContain(relayed.substring("Bearer ".length()).split("\\.")[1]);

        // the gateway's own endpoint: who is signed in
        Browser.Page me = browser.get(Browser.GATEWAY + "/api/me");
        assertThat(me.status()).isEqualTo(200);
        JsonObject caller = new JsonObject(me.body());
        assertThat(caller.getString("username")).isEqualTo("petra");
        assertThat(caller.getString("name")).isEqualTo("Petra Persson");
        assertThat(caller.getJsonArray("roles").getList()).containsExactly("planner", "viewer");
        assertThat(caller.getJsonArray("departments").getList()).containsExactly("kommunledningskontoret");
        assertThat(caller.getJsonArray("partyGroups").getList()).isEmpty();

        // other cookies pass to the service; the session's never do
        browser.setCookie("ui-theme", "dark");
        JsonObject withCookies = new JsonObject(browser.get(Browser.GATEWAY + "/api/reports/status").body());
        assertThat(withCookies.getJsonObject("headers").getString("cookie")).isEqualTo("ui-theme=dark");
        assertThat(withCookies.getString("authorization")).startsWith("Bearer ey");

        // a caller's own Authorization header wins over the session and passes untouched
        String machine = Tokens.ofClient(Tokens.INTEGRATION_CLIENT, Tokens.INTEGRATION_SECRET);
        Browser.Page own = browser.fetch(Browser.GATEWAY + "/api/indicators/x", Map.of("Authorization", "Bearer " + machine));
        assertThat(new JsonObject(own.body()).getString("authorization")).isEqualTo("Bearer " + machine);

        // /login with a session goes straight to the path, without Keycloak
        int before = browser.history.size();
        Browser.Page again = browser.get(Browser.GATEWAY + "/login?redirect=/api/me");
        assertThat(again.status()).isEqualTo(200);
        assertThat(browser.history.subList(before, browser.history.size())).allMatch(Browser.Page::isGateway);

        // /logout: the session cookie goes, Keycloak's end-session endpoint ends the SSO session, back to /
        before = browser.history.size();
        Browser.Page afterLogout = browser.get(Browser.GATEWAY + "/logout");
        List<Browser.Page> logout = browser.history.subList(before, browser.history.size());
        assertThat(logout.get(0).status()).isEqualTo(302);
        assertThat(logout.get(0).location().orElseThrow()).startsWith(keycloak() + "/protocol/openid-connect/logout")
                .contains("id_token_hint=", "post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F");
        assertThat(logout.get(0).setCookies()).anyMatch(c -> c.startsWith("q_session") && c.contains("Max-Age=0"));
        assertThat(afterLogout.isGateway()).isTrue();
        assertThat(afterLogout.url().getPath()).isEqualTo("/");
        assertThat(browser.cookieNames()).noneMatch(n -> n.startsWith("q_session"));

        // signed out at the gateway: a 401 problem, not a redirect
        Browser.Page meAfter = browser.get(Browser.GATEWAY + "/api/me");
        assertThat(meAfter.status()).isEqualTo(401);
        assertThat(meAfter.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(meAfter.location()).isEmpty();

        // ... and at Keycloak: signing in again asks for the password
        Browser.Page loginAgain = browser.get(Browser.GATEWAY + "/login");
        assertThat(loginAgain.url().toString()).startsWith(keycloak());
        assertThat(loginAgain.hasForm("kc-form-login")).isTrue();
        assertThat(loginAgain.body()).contains("name=\"password\"");
    }

    @Test
    void sessionCookiesAreSecureBehindATlsProxy() throws Exception {
        Browser browser = browser().withGatewayHeader("X-Forwarded-Proto", "https");
        Browser.Page loginPage = browser.get(Browser.GATEWAY + "/login");
        assertThat(browser.history.get(0).setCookies()).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));

        browser.submit(loginPage, Map.of("username", "erik", "password", "erik-demo"));
        List<String> sessionCookies = browser.history.stream().flatMap(p -> p.setCookies().stream())
                .filter(c -> c.startsWith("q_session") && !c.contains("Max-Age=0")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        Browser.Page me = browser.get(Browser.GATEWAY + "/api/me");
        assertThat(new JsonObject(me.body()).getJsonArray("departments").getList()).containsExactly("miljoforvaltningen");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example/", "//evil.example/x", "/\\evil.example", "/%2F%2Fevil.example",
            "http:/evil.example", "javascript:alert(1)", "/%5Cevil.example", " /plans", "/a\r\nSet-Cookie: x=1" })
    void openRedirectIsRefused(String target) {
        given().redirects().follow(false).queryParam("redirect", target)
                .when().get("/login")
                .then().statusCode(400).contentType("application/problem+json")
                .header("Location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void twoRedirectParametersAreRefused() {
        given().redirects().follow(false).when().get("/login?redirect=/a&redirect=/b").then().statusCode(400);
    }

    @Test
    void aBrokenSessionCookieIsA401ProblemOnApiPathsAndIsCleared() {
        io.restassured.response.Response response = given().redirects().follow(false).cookie("q_session", "not-a-session")
                .when().get("/api/me");
        response.then().statusCode(401).contentType("application/problem+json")
                .header("Location", org.hamcrest.Matchers.nullValue());
        assertThat(response.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("q_session=") && c.contains("Max-Age=0"));
        // on /login the same cookie just means: sign in again at Keycloak
        given().redirects().follow(false).cookie("q_session", "not-a-session").when().get("/login")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(keycloak()));
    }

    @Test
    void logoutWithoutSessionGoesHome() {
        given().redirects().follow(false).when().get("/logout").then().statusCode(302).header("Location", "/");
    }
}
