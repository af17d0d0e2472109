package se.styrplan.faults.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.faults.platform.Tokens;

/** reporting-service's consistency check ({@code POST /api/reports/admin/read-model/consistency-check}) as an admin. */
public final class ConsistencyCall {

    public record Result(long differences, int indicators, int goals, String firstDifferences) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String reportingUrl;
    private final Tokens admin;

    public ConsistencyCall(String reportingUrl, Tokens admin) {
        this.reportingUrl = reportingUrl;
        this.admin = admin;
    }

    /** The differences it lists; -1 (with the answer) when it did not answer 200. */
    public Result run() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(reportingUrl
                    + "/api/reports/admin/read-model/consistency-check")).header("Authorization", "Bearer " + admin.get())
                    .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Result(-1, 0, 0, "HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode report = JSON.readTree(response.body());
            JsonNode differences = report.path("differences");
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < Math.min(3, differences.size()); i++) {
                first.append(i == 0 ? "" : "; ").append(differences.get(i).toString());
            }
            return new Result(differences.size(), report.path("indicators").asInt(), report.path("goals").asInt(), first.toString());
        } catch (Exception e) {
            return new Result(-1, 0, 0, e.toString());
        }
    }
}
