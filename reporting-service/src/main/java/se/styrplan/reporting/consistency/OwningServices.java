package se.styrplan.reporting.consistency;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.platform.problem.ApiException;

/**
 * Reads plan-service and indicator-service through their public REST APIs with a client-credentials token: the
 * plans in force (plan-service's public plan tree), each indicator's definition, values and targets, and the
 * fingerprints of all values.
 */
@ApplicationScoped
public class OwningServices {

    @Inject
    ConsistencyConfig config;

    @Inject
    ObjectMapper json;

    // HTTP/1.1, as the services speak it (the JDK client's h2c upgrade attempt is needless, and once misread an answer)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A token for this check (one per check: it is short and rare). */
    public String token() {
        String form = "grant_type=client_credentials&client_id=" + enc(config.clientId()) + "&client_secret=" + enc(config.clientSecret());
        JsonNode body = send(HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), "Keycloak");
        return body.path("access_token").asText();
    }

    public JsonNode plans(String token) {
        return get(config.planServiceUrl() + "/public/plan/plans", token, "plan-service");
    }

    public JsonNode currentTree(UUID planId, String token) {
        return get(config.planServiceUrl() + "/public/plan/plans/" + planId + "/current", token, "plan-service");
    }

    public JsonNode definition(UUID indicatorId, String token) {
        return get(config.indicatorServiceUrl() + "/api/indicators/definitions/" + indicatorId, token, "indicator-service");
    }

    public JsonNode series(UUID indicatorId, String area, String gender, String token) {
        return get(config.indicatorServiceUrl() + "/api/indicators/definitions/" + indicatorId + "/series?area=" + enc(area) + "&gender="
                + enc(gender), token, "indicator-service");
    }

    public JsonNode targets(UUID indicatorId, String token) {
        return get(config.indicatorServiceUrl() + "/api/indicators/definitions/" + indicatorId + "/targets", token, "indicator-service");
    }

    /** Each indicator's value count and fingerprint (all areas, periods and genders); a 502 when there is no such list. */
    public JsonNode valueFingerprints(String token) {
        JsonNode list = get(config.indicatorServiceUrl() + "/api/indicators/values/fingerprints", token, "indicator-service");
        if (list == null || !list.isArray()) {
            throw unavailable("indicator-service", "no list of value fingerprints at /api/indicators/values/fingerprints");
        }
        return list;
    }

    private JsonNode get(String url, String token, String service) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .GET(), service);
    }

    private JsonNode send(HttpRequest.Builder request, String service) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(config.timeoutSeconds())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable(service, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "interrupted");
        }
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw unavailable(service, "HTTP " + response.statusCode() + " from " + response.uri().getPath());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable(service, "unreadable JSON from " + response.uri().getPath());
        }
    }

    /** The check cannot run: a 502 that says which service failed (nothing is half-done: the check writes nothing). */
    private static ApiException unavailable(String service, String why) {
        return new ApiException(502, "bad-gateway", "Bad gateway", "The consistency check could not read " + service + ": " + why);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
