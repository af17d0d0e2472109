package se.styrplan.reporting.consistency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.targetSet;
import static se.styrplan.reporting.TestEvents.versionAdopted;
import static se.styrplan.reporting.TestEvents.yearly;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.platform.consistency.ValueFingerprints;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/**
 * The consistency check against plan-service and indicator-service. Their APIs are a WireMock stub serving
 * responses shaped as theirs are (VersionTree, IndicatorDefinition, Series, TargetView, ValueFingerprint, the last
 * computed by the shared formula over the values the stub serves); the token is a real
 * client-credentials token of styrplan-integration from the test stack's Keycloak; the read model is built from
 * real events on the real broker.
 */
@QuarkusTest
class ConsistencyCheckTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KafkaClientService kafka;

    @Inject
    EntityManager em;

    UUID plan = UUID.randomUUID();
    UUID version = UUID.randomUUID();
    UUID area = UUID.randomUUID();
    UUID goal = UUID.randomUUID();
    UUID indicator = UUID.randomUUID();

    @BeforeEach
    void aReadModelBuiltFromEvents() {
        TestEvents.awaitConsumers(kafka);
        indicatorDefined(indicator, "lower_is_better");
        versionAdopted(plan, version, 1, List.of(goal(goal, "klimat-" + goal, area, "Klimatneutralt", 0, indicator)));
        measurementsRecorded(indicator, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
        targetSet(indicator, "lower_is_better", YEAR + 4, 2.0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200)
                .body("goal.status", org.hamcrest.Matchers.equalTo("on_track")));
        OwningServicesStub.server().resetAll();
    }

    void stub(String goalTitle, double latest) throws Exception {
        stub(goalTitle, latest, List.of());
    }

    /** The owning services' answers; {@code otherValues}: values of other areas indicator-service holds too (SQL tuples). */
    void stub(String goalTitle, double latest, List<String> otherValues) throws Exception {
        var server = OwningServicesStub.server();
        Map<String, Object> planView = Map.of("id", plan, "key", "strategisk-plan", "title", "Strategisk plan", "municipalityCode", "1780",
                "municipalityName", "Karlstads kommun", "currentVersionId", version);
        server.stubFor(get(urlPathEqualTo("/public/plan/plans")).willReturn(okJson(JSON.writeValueAsString(List.of(planView)))));
        Map<String, Object> goalView = new LinkedHashMap<>();
        goalView.put("id", goal);
        goalView.put("key", "klimat-" + goal);
        goalView.put("versionId", version);
        goalView.put("targetAreaId", area);
        goalView.put("title", goalTitle);
        goalView.put("description", List.of());
        goalView.put("sdgs", List.of(Map.of("number", 7, "name", "Hållbar energi för alla", "nameEn", "Affordable and clean energy"),
                Map.of("number", 11, "name", "Hållbara städer och samhällen", "nameEn", "Sustainable cities and communities"),
                Map.of("number", 13, "name", "Bekämpa klimatförändringarna", "nameEn", "Climate action")));
        goalView.put("indicators", List.of(Map.of("indicatorId", indicator, "title", "Indikator " + indicator.toString().substring(0, 8))));
        goalView.put("responsibleBody", "Miljönämnden");
        goalView.put("position", 0);
        Map<String, Object> tree = Map.of(
                "plan", planView,
                "version", Map.of("id", version, "planId", plan, "number", 1, "label", "Version 1", "status", "adopted",
                        "decidedOn", "2026-06-15", "decidedBy", "Kommunfullmäktige", "createdAt", "2026-06-01T10:00:00Z"),
                "sections", List.of(),
                "targetAreas", List.of(Map.of("id", area, "key", "en-miljosmart-kommun", "title", "En miljösmart kommun",
                        "description", List.of(), "position", 0, "goals", List.of(goalView))));
        server.stubFor(get(urlPathEqualTo("/public/plan/plans/" + plan + "/current")).willReturn(okJson(JSON.writeValueAsString(tree))));

        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", indicator);
        definition.put("key", "test-" + indicator.toString().substring(0, 8));
        definition.put("title", "Växthusgasutsläpp (test)");
        definition.put("unit", "tonnes_per_inhabitant");
        definition.put("direction", "lower_is_better");
        definition.put("source", "kolada");
        definition.put("koladaKpiId", "N00401");
        definition.put("owningDepartment", "miljoforvaltningen");
        definition.put("status", "active");
        server.stubFor(get(urlPathEqualTo("/api/indicators/definitions/" + indicator)).willReturn(okJson(JSON.writeValueAsString(definition))));
        List<Map<String, Object>> points = new ArrayList<>();
        double[] values = { 4.0, 3.8, 3.5, 3.3, latest };
        for (int i = 0; i < values.length; i++) {
            points.add(Map.of("period", Integer.toString(YEAR - 5 + i), "value", values[i], "status", "final", "source", "manual",
                    "revision", 1, "recordedAt", "2026-11-27T08:00:00Z"));
        }
        for (String gender : List.of("T", "K", "M")) {
            Map<String, Object> series = Map.of("indicatorId", indicator, "indicatorKey", definition.get("key"), "unit", "tonnes_per_inhabitant",
                    "direction", "lower_is_better", "area", Map.of("code", "1780", "name", "Karlstad", "kind", "municipality"),
                    "gender", gender, "points", gender.equals("T") ? points : List.of());
            server.stubFor(get(urlPathEqualTo("/api/indicators/definitions/" + indicator + "/series"))
                    .withQueryParam("area", equalTo("1780")).withQueryParam("gender", equalTo(gender))
                    .willReturn(okJson(JSON.writeValueAsString(series))));
        }
        // the fingerprint of the values it serves (the own area's T series above, and the others), by the shared formula
        List<String> rows = new ArrayList<>(otherValues);
        for (int i = 0; i < values.length; i++) {
            rows.add(row("1780", Integer.toString(YEAR - 5 + i), "T", Double.toString(values[i]), "final"));
        }
        ValueFingerprints.Fingerprint print = fingerprint(rows);
        server.stubFor(get(urlPathEqualTo("/api/indicators/values/fingerprints")).willReturn(okJson(JSON.writeValueAsString(
                List.of(Map.of("indicatorId", indicator, "values", print.values(), "fingerprint", print.fingerprint()))))));
        server.stubFor(get(urlPathEqualTo("/api/indicators/definitions/" + indicator + "/targets")).willReturn(okJson(JSON.writeValueAsString(
                List.of(Map.of("indicatorId", indicator, "year", YEAR + 4, "gender", "T", "value", 2, "comment", "Klimatmålet",
                        "setBy", "erik", "setAt", "2026-11-27T08:00:00Z"))))));
    }

    String row(String area, String period, String gender, String value, String status) {
        return "('" + indicator + "'::uuid, '" + area + "', '" + period + "', '" + gender + "', " + value + "::numeric, '" + status + "', 1)";
    }

    ValueFingerprints.Fingerprint fingerprint(List<String> rows) {
        return QuarkusTransaction.requiringNew().call(() -> ValueFingerprints.of(em, "(values " + String.join(", ", rows)
                + ") as m(indicator_id, area_code, period, gender, value, status, revision)").get(0));
    }

    JsonPath check() {
        return JsonPath.from(given().auth().oauth2(Tokens.of("anna")).queryParam("planId", plan.toString())
                .when().post("/api/reports/admin/read-model/consistency-check").then().statusCode(200).extract().asString());
    }

    @Test
    void theSameDataIsConsistent() throws Exception {
        stub("Klimatneutralt", 3.0);
        JsonPath report = check();
        assertThat(report.getList("differences")).isEmpty();
        assertThat(report.getBoolean("consistent")).isTrue();
        assertThat(report.getInt("goals")).isEqualTo(1);
        assertThat(report.getInt("indicators")).isEqualTo(1);
        // it really asked, with a bearer token
        OwningServicesStub.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/public/plan/plans/" + plan + "/current"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }

    @Test
    void everyDifferenceIsReported() throws Exception {
        // plan-service renamed the goal; indicator-service holds a much higher latest value: the trend worsens
        stub("Klimatneutralt till 2030", 9.0);
        JsonPath report = check();
        assertThat(report.getBoolean("consistent")).isFalse();
        List<Map<String, String>> diffs = report.getList("differences");
        assertThat(diffs).contains(
                Map.of("entity", "goal", "id", goal.toString(), "field", "title", "readModel", "Klimatneutralt", "source",
                        "Klimatneutralt till 2030"),
                Map.of("entity", "value", "id", indicator.toString(), "field", "1780 " + (YEAR - 1) + " T", "readModel", "3 final",
                        "source", "9 final"));
        assertThat(diffs).anyMatch(d -> d.get("entity").equals("indicator") && d.get("field").equals("trend")
                && d.get("readModel").equals("improving") && d.get("source").equals("worsening"));
        assertThat(diffs).anyMatch(d -> d.get("entity").equals("goal") && d.get("field").equals("status")
                && d.get("readModel").equals("on_track"));
    }

    @Test
    void aValueOfAnotherAreaMissingFromTheReadModelIsReported() throws Exception {
        // indicator-service also holds Riket's value for last year, which never reached the read model (a lost event);
        // the own municipality's series, the statuses and the goal agree
        stub("Klimatneutralt", 3.0, List.of(row("0000", Integer.toString(YEAR - 1), "T", "5.25", "final")));
        JsonPath report = check();
        assertThat(report.getBoolean("consistent")).isFalse();
        List<Map<String, String>> diffs = report.getList("differences");
        assertThat(diffs).hasSize(1);
        assertThat(diffs.get(0)).containsEntry("entity", "indicator").containsEntry("id", indicator.toString())
                .containsEntry("field", "values of all areas");
        assertThat(diffs.get(0).get("readModel")).startsWith("5 values, fingerprint ");
        assertThat(diffs.get(0).get("source")).startsWith("6 values, fingerprint ");
    }

    @Test
    void anUnreachableServiceIsABadGatewayAndOnlyAdminsMayCheck() throws Exception {
        stub("Klimatneutralt", 3.0);
        OwningServicesStub.server().stubFor(get(urlPathEqualTo("/public/plan/plans")).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(Tokens.of("anna")).when().post("/api/reports/admin/read-model/consistency-check").then().statusCode(502)
                .contentType("application/problem+json");
        // an answer not of the documented shape is the service's fault, not a 500 of ours
        OwningServicesStub.server().stubFor(get(urlPathEqualTo("/public/plan/plans"))
                .willReturn(okJson("[{\"id\": \"not-a-uuid\", \"currentVersionId\": \"neither\"}]")));
        given().auth().oauth2(Tokens.of("anna")).when().post("/api/reports/admin/read-model/consistency-check").then().statusCode(502)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("petra")).when().post("/api/reports/admin/read-model/consistency-check").then().statusCode(403);
    }
}
