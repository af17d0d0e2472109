package se.styrplan.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Real tokens that are wrong in one way each, from the real Keycloak: a client of the styrplan realm whose
 * tokens expire after two seconds, one whose tokens lack the styrplan-api audience, and a token of another realm
 * (master). The two clients are made through Keycloak's admin API (idempotent) in the test stack's realm only.
 */
final class KeycloakClients {

    static final String EXPIRING = "e2e-expiring";
    static final String NO_AUDIENCE = "e2e-no-audience";
    static final int EXPIRING_LIFESPAN_SECONDS = 2;
    private static final String SECRET = "e2e-test-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean created;

    private KeycloakClients() {
    }

    /** A fresh access token of the expiring client: valid for two seconds. */
    static String expiringToken() {
        ensureClients();
        return clientToken(EXPIRING);
    }

    /** A valid, signed token of the styrplan realm without the styrplan-api audience. */
    static String tokenWithoutApiAudience() {
        ensureClients();
        return clientToken(NO_AUDIENCE);
    }

    /** A valid, signed token of Keycloak's master realm (its admin): the wrong issuer for Styrplan. */
    static String otherRealmToken() {
        return token(keycloakUrl() + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    private static synchronized void ensureClients() {
        if (created) {
            return;
        }
        String admin = otherRealmToken();
        createClient(admin, EXPIRING, true);
        createClient(admin, NO_AUDIENCE, false);
        created = true;
    }

    private static void createClient(String adminToken, String clientId, boolean apiAudience) {
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", clientId).put("enabled", true).put("publicClient", false)
                .put("secret", SECRET).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false);
        if (clientId.equals(EXPIRING)) {
            client.putObject("attributes").put("access.token.lifespan", Integer.toString(EXPIRING_LIFESPAN_SECONDS));
        }
        ArrayNode mappers = client.putArray("protocolMappers");
        if (apiAudience) {
            ObjectNode mapper = mappers.addObject();
            mapper.put("name", "audience-styrplan-api").put("protocol", "openid-connect")
                    .put("protocolMapper", "oidc-audience-mapper");
            mapper.putObject("config").put("included.client.audience", "styrplan-api").put("access.token.claim", "true");
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/admin/realms/styrplan/clients"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString())));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused the test client " + clientId + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
    }

    private static String clientToken(String clientId) {
        return token(Platform.get().realmUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", SECRET));
    }

    private static String token(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (HTTP " + response.statusCode() + "): " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keycloakUrl() {
        return Platform.get().stack.keycloak().url();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
