package se.styrplan.faults.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak token of a demo user, by the password grant of the gateway's client (as the web UI gets one),
 * fetched again when half its lifetime has passed. The local realm's demo users only (README "Demo logins").
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;
    private final String user;
    private String token;
    private long renewAt;

    public Tokens(String realmUrl, String user) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.user = user;
    }

    public synchronized String get() {
        if (token == null || System.nanoTime() > renewAt) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        String form = "grant_type=password&client_id=styrplan-gateway&client_secret=gateway-local-secret&scope=openid&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(user + "-demo", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + " (HTTP " + response.statusCode() + ")");
            }
            JsonNode body = JSON.readTree(response.body());
            token = body.path("access_token").asText();
            renewAt = System.nanoTime() + Duration.ofSeconds(Math.max(10, body.path("expires_in").asLong(60) / 2)).toNanos();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
