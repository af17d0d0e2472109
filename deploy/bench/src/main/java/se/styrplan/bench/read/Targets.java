package se.styrplan.bench.read;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests the read benchmark sends, found on the running platform: the adopted plan's tree, one of its goals,
 * one indicator's series for the own municipality, a public page, and a static file of the gateway as the ceiling.
 * The API calls carry a real Keycloak token of the integration client (client credentials, role viewer), which the
 * gateway relays and each service checks.
 */
final class Targets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String gateway;
    private final HttpRequest tokenRequest;
    private final String token;

    private Targets(HttpClient client, String gateway, HttpRequest tokenRequest) throws IOException {
        this.client = client;
        this.gateway = gateway;
        this.tokenRequest = tokenRequest;
        this.token = freshToken();
    }

    static Targets discover(HttpClient client, String gateway, String realm, String clientId, String secret) throws IOException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return new Targets(client, gateway, HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * The request with a new token, when it carries one: a whole run outlasts a token's lifetime (Keycloak's default
     * five minutes), so each request's steps start with a fresh one, as a real client would renew it.
     */
    HttpRequest withFreshToken(HttpRequest request) throws IOException {
        if (request.headers().firstValue("Authorization").isEmpty()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + freshToken()).build();
    }

    private String freshToken() throws IOException {
        return json(client, tokenRequest).path("access_token").asText();
    }

    /** The named requests, in the order the benchmark reports them. */
    Map<String, HttpRequest> requests(String staticPath) throws IOException {
        JsonNode plan = json(client, get("/public/plan/plans", false)).get(0);
        String version = plan.path("currentVersionId").asText();
        JsonNode tree = json(client, get("/api/plan/versions/" + version + "/tree", true));
        String goal = tree.at("/targetAreas/0/goals/0/id").asText();
        JsonNode indicators = json(client, get("/api/indicators/definitions?size=1", true));
        String indicator = indicators.at("/items/0/id").asText();
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("plan tree", get("/api/plan/versions/" + version + "/tree", true));
        requests.put("one goal", get("/api/plan/goals/" + goal, true));
        requests.put("indicator series", get("/api/indicators/definitions/" + indicator + "/series?area=1780&gender=T", true));
        requests.put("public plan page", get("/public/plan/versions/" + version + "/tree", false));
        requests.put("static file (ceiling)", get(staticPath, false));
        for (Map.Entry<String, HttpRequest> request : requests.entrySet()) {
            HttpResponse<Void> answer = send(client, request.getValue());
            if (answer.statusCode() != 200) {
                throw new IOException(request.getKey() + " " + request.getValue().uri() + " answered " + answer.statusCode());
            }
        }
        return requests;
    }

    private HttpRequest get(String path, boolean withToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10)).GET();
        if (withToken) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static HttpResponse<Void> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonNode json(HttpClient client, HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
