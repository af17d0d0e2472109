package se.styrplan.devstack.seed;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrplan.devstack.DevstackException;

/**
 * Loads Karlstad's plan into a running platform through the services' own APIs, as any integrating system
 * would: the indicator definitions into indicator-service's catalogue (PUT, idempotent), then the transcription
 * into plan-service (import, idempotent). Safe to run on every start.
 */
public final class SeedLoader {

    private static final String CLIENT_ID = "styrplan-loader";
    private static final String CLIENT_SECRET = "loader-local-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Path seedDir;
    private final String tokenEndpoint;
    private final String planService;
    private final String indicatorService;

    public SeedLoader(Path seedDir, String realmUrl, String planService, String indicatorService) {
        this.seedDir = seedDir;
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
        this.planService = planService;
        this.indicatorService = indicatorService;
    }

    /** Returns a one-line summary of what the platform now holds. */
    public String load() {
        try {
            Path file = seedDir.resolve("karlstad-strategisk-plan.json");
            JsonNode doc = json.readTree(file.toFile());
            String token = token();
            Map<String, String> owners = owners(doc);
            int created = 0;
            for (JsonNode indicator : doc.path("indicators")) {
                int status = putIndicator(indicator, owners.get(indicator.path("key").asText()), token);
                created += status == 201 ? 1 : 0;
            }
            HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(planService + "/api/plan/imports/transcription"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
            if (imported.statusCode() != 200 && imported.statusCode() != 201) {
                throw new DevstackException("plan-service refused the Karlstad transcription (HTTP " + imported.statusCode() + "): "
                        + imported.body());
            }
            JsonNode result = json.readTree(imported.body());
            JsonNode demo = demoValues(token);
            return String.format("Karlstad's plan: %d target areas, %d goals, %d indicator lines adopted (%s); proposed revision as a draft; "
                    + "%d indicators in the catalogue (%d new); demo values 2015-2025 (status synthetic): %d new, %d unchanged",
                    result.at("/base/targetAreas").asInt(), result.at("/base/goals").asInt(), result.at("/base/indicatorLinks").asInt(),
                    result.at("/base/label").asText(), doc.path("indicators").size(), created, demo.path("inserted").asLong(),
                    demo.path("unchanged").asLong());
        } catch (IOException e) {
            throw new DevstackException("Loading the seed data failed: " + e.getMessage(), e);
        }
    }

    /** Synthetic values (status synthetic, source demo) so that charts and statuses show something; never replaces a real value. */
    private JsonNode demoValues(String token) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(indicatorService + "/api/indicators/demo-values"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new DevstackException("indicator-service refused to generate demo values (HTTP " + response.statusCode() + "): "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    private int putIndicator(JsonNode indicator, String department, String token) throws IOException {
        ObjectNode body = json.createObjectNode();
        for (String field : new String[] { "key", "title", "unit", "unitLabel", "direction", "source", "koladaKpiId",
                "koladaKpiIdChecked", "dividedByGender" }) {
            if (indicator.has(field) && !indicator.get(field).isNull()) {
                body.set(field, indicator.get(field));
            }
        }
        // the transcription's notes are about the transcription (sources of ids, inferred units), not descriptions
        if (department != null) {
            body.put("owningDepartment", department);
        }
        UUID id = indicatorId(indicator.path("key").asText());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(indicatorService + "/api/indicators/definitions/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new DevstackException("indicator-service refused indicator " + indicator.path("key").asText() + " (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
        return response.statusCode();
    }

    /** The same name-based id plan-service's import gives the indicator (see plan-service IndicatorIds). */
    static UUID indicatorId(String key) {
        return UUID.nameUUIDFromBytes(("styrplan:indicator:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Indicator key → department, from the goals that link it and indicator-owners.properties. */
    private Map<String, String> owners(JsonNode doc) throws IOException {
        Properties byGoal = new Properties();
        try (Reader reader = Files.newBufferedReader(seedDir.resolve("indicator-owners.properties"), StandardCharsets.UTF_8)) {
            byGoal.load(reader);
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (JsonNode area : doc.path("targetAreas")) {
            for (JsonNode goal : area.path("goals")) {
                String department = byGoal.getProperty(goal.path("key").asText());
                for (JsonNode link : goal.path("indicators")) {
                    if (department != null) {
                        owners.putIfAbsent(link.path("indicatorKey").asText(), department);
                    }
                }
            }
        }
        return owners;
    }

    private String token() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new DevstackException("Keycloak refused the seed loader's token (HTTP " + response.statusCode() + ")");
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
