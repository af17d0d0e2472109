package se.styrplan.devstack.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from the test stack's Keycloak for the realm's demo users and clients.
 * Tokens are cached per user for a minute (they live five).
 */
public final class Tokens {

    public static final String GATEWAY_CLIENT = "styrplan-gateway";
    public static final String GATEWAY_SECRET = "gateway-local-secret";
    public static final String INTEGRATION_CLIENT = "styrplan-integration";
    public static final String INTEGRATION_SECRET = "integration-local-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A demo user's token by the password grant (demo passwords are {@code <user>-demo}). */
    public static String of(String username) {
        return CACHE.compute("user:" + username, (k, cached) -> cached != null && cached.fresh() ? cached
                : new Cached(request(Map.of("grant_type", "password", "client_id", GATEWAY_CLIENT,
                        "client_secret", GATEWAY_SECRET, "username", username, "password", username + "-demo", "scope", "openid"))))
                .token;
    }

    /** A machine client's token by the client-credentials grant. */
    public static String ofClient(String clientId, String secret) {
        return CACHE.compute("client:" + clientId, (k, cached) -> cached != null && cached.fresh() ? cached
                : new Cached(request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))))
                .token;
    }

    public static String tokenEndpoint() {
        return TestStack.get().keycloak().realmUrl() + "/protocol/openid-connect/token";
    }

    private static String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (HTTP " + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach Keycloak at " + tokenEndpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, long at) {
        Cached(String token) {
            this(token, System.nanoTime());
        }

        boolean fresh() {
            return System.nanoTime() - at < Duration.ofMinutes(1).toNanos();
        }
    }
}
