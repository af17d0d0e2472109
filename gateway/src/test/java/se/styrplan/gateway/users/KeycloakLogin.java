package se.styrplan.gateway.users;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import io.vertx.core.json.JsonObject;
import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;

/** Direct logins of test users at the test Keycloak (password grant), and clean-up of the users a test created. */
final class KeycloakLogin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakLogin() {
    }

    record Answer(int status, JsonObject body) {
        String accessToken() {
            if (status != 200) {
                throw new AssertionError("Keycloak refused the login: " + status + " " + body);
            }
            return body.getString("access_token");
        }
    }

    /** The password grant as the gateway's client: fresh every time (no cache), so the token shows the current state. */
    static Answer password(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", Tokens.GATEWAY_CLIENT, "client_secret", Tokens.GATEWAY_SECRET,
                "username", username, "password", password, "scope", "openid"));
    }

    /** A token of another client of the realm (public admin-cli): its audience is not styrplan-api. */
    static Answer passwordAtAdminCli(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password));
    }

    private static Answer token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Tokens.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), new JsonObject(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Removes users a test created, through the admin API as the gateway's service account. */
    static void remove(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String realmUrl = TestStack.get().keycloak().realmUrl();
        String server = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server).realm("styrplan").grantType("client_credentials")
                .clientId(Tokens.GATEWAY_CLIENT).clientSecret(Tokens.GATEWAY_SECRET).build()) {
            ids.forEach(id -> admin.realm("styrplan").users().delete(id).close());
        }
    }
}
