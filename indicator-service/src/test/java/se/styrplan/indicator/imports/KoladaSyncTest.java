package se.styrplan.indicator.imports;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.styrplan.indicator.TestApi.DEFINITIONS;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.MILJO;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.historyPath;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.unique;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The Kolada sync against a local stub serving responses in API v3's documented shape: paging by next_url,
 * from_date (given, and incremental), isdeleted, a 429 retried, and a malformed page failing the job with nothing
 * applied.
 */
@QuarkusTest
class KoladaSyncTest {

    static final String PATH = "/api/indicators/imports/kolada";
    static final Random RANDOM = new Random();

    @BeforeEach
    void resetStub() {
        KoladaStub.server.resetAll();
    }

    @Test
    void pagesAreFollowedAndTheValuesRecordedAsKoladas() {
        String kpi = kpi();
        String id = indicator(kpi);
        stubPage1(kpi, page(KoladaStub.base() + "/data/kpi/" + kpi + "/municipality/1780?page=2&per_page=5000",
                row(kpi, "1780", 2023, false, value("T", "41.5", ""), value("K", "44.2", "Preliminärt"))));
        stubPage2(kpi, page(null, row(kpi, "0580", 2022, false, value("T", "12", "")), row(kpi, "0000", 2022, false, value("T", null, ""))));

        JsonNode job = sync("");
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("kind").asText()).isEqualTo("kolada");
        assertThat(job.path("inserted").asLong()).isEqualTo(4);
        assertThat(job.path("progress").path("unit").asText()).isEqualTo("requests");
        assertThat(job.path("progress").path("done").asLong()).isEqualTo(3); // /kpi, then two pages of /data

        JsonNode karlstad = series(id, "1780", "T").path("points").get(0);
        assertThat(karlstad.path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(karlstad.path("source").asText()).isEqualTo("kolada");
        assertThat(karlstad.path("status").asText()).isEqualTo("final");
        assertThat(series(id, "1780", "K").path("points").get(0).path("status").asText()).isEqualTo("preliminary");
        assertThat(periods(series(id, "0580", "T"))).containsExactly("2022");
        assertThat(series(id, "0000", "T").path("points").get(0).path("status").asText()).isEqualTo("suppressed");
        // one request per page, for the comparison set's areas, at most 25 ids each
        KoladaStub.server.verify(1, getRequestedFor(urlPathMatching("/v3/data/kpi/.*" + kpi + ".*/municipality/0000,0580,0680,0780,0880,1780,1880,2180,2281,2580"))
                .withQueryParam("per_page", equalTo("5000")).withQueryParam("page", absent()));
    }

    @Test
    void fromDateIsSentAndTheNextSyncIsIncremental() {
        String kpi = kpi();
        indicator(kpi);
        stubPage1(kpi, page(null, row(kpi, "1780", 2024, false, value("T", "3", ""))));

        assertThat(sync("?fromDate=2024-01-01").path("status").asText()).isEqualTo("succeeded");
        KoladaStub.server.verify(getRequestedFor(urlPathMatching("/v3/data/kpi/.*")).withQueryParam("from_date", equalTo("2024-01-01")));

        KoladaStub.server.resetRequests();
        assertThat(sync("").path("status").asText()).isEqualTo("succeeded");
        KoladaStub.server.verify(getRequestedFor(urlPathMatching("/v3/data/kpi/.*"))
                .withQueryParam("from_date", matching("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void aDeletedValueWithdrawsWhatKoladaHadGiven() {
        String kpi = kpi();
        String id = indicator(kpi);
        stubPage1(kpi, page(null, row(kpi, "1780", 2023, false, value("T", "41.5", ""))));
        sync("");
        KoladaStub.server.resetAll();
        knownKpis(kpi);
        stubPage1(kpi, page(null, row(kpi, "1780", 2023, true, value("T", "41.5", "")), row(kpi, "0580", 2023, true, value("T", "9", ""))));

        JsonNode job = sync("");
        assertThat(job.path("updated").asLong()).isEqualTo(1);
        JsonNode history = json(as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(200).extract().response());
        assertThat(history.path("current").path("status").asText()).isEqualTo("suppressed");
        assertThat(history.path("corrections").get(0).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(periods(series(id, "0580", "T"))).isEmpty(); // nothing of Kolada's there to withdraw
    }

    @Test
    void aTooManyRequestsAnswerIsRetried() {
        String kpi = kpi();
        String id = indicator(kpi);
        KoladaStub.server.stubFor(get(urlPathMatching("/v3/data/kpi/.*")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("calm"));
        KoladaStub.server.stubFor(get(urlPathMatching("/v3/data/kpi/.*")).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(page(null, row(kpi, "1780", 2023, false, value("T", "7", ""))))));

        assertThat(sync("").path("status").asText()).isEqualTo("succeeded");
        KoladaStub.server.verify(2, getRequestedFor(urlPathMatching("/v3/data/kpi/.*")));
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2023");
    }

    @Test
    void aMalformedPageFailsTheJobAndNothingIsApplied() {
        String kpi = kpi();
        String id = indicator(kpi);
        stubPage1(kpi, page(KoladaStub.base() + "/data/kpi/" + kpi + "/municipality/1780?page=2&per_page=5000",
                row(kpi, "1780", 2023, false, value("T", "41.5", ""))));
        stubPage2(kpi, "{\"values\":[{\"kpi\":\"" + kpi + "\",\"municipality\":\"1780\",\"period\":2022,"
                + "\"values\":[{\"gender\":\"T\",\"value\":\"fyrtio\"}]}]}");

        JsonNode job = sync("");
        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("failureReason").asText()).startsWith("Kolada sent a malformed response, so nothing was applied: page 2 of ")
                .contains("is \"fyrtio\", not a number");
        assertThat(job.path("inserted").asLong()).isZero();
        assertThat(periods(series(id, "1780", "T"))).isEmpty();
    }

    @Test
    void kpiIdsAreCheckedAgainstKoladasCatalogue() {
        String known = kpi();
        String gone = kpi();
        String checked = unchecked(known);
        String unchecked = unchecked(gone);
        knownKpis(known);
        stubPage1(known, page(null, row(known, "1780", 2023, false, value("T", "5", ""))));

        assertThat(sync("").path("status").asText()).isEqualTo("succeeded");
        as(VIEWER).when().get(DEFINITIONS + "/" + checked).then().statusCode(200).body("koladaKpiIdChecked", org.hamcrest.Matchers.is(true));
        as(VIEWER).when().get(DEFINITIONS + "/" + unchecked).then().statusCode(200).body("koladaKpiIdChecked", org.hamcrest.Matchers.is(false));
        KoladaStub.server.verify(0, getRequestedFor(urlPathMatching("/v3/data/kpi/.*" + gone + ".*")));
        KoladaStub.server.verify(getRequestedFor(urlPathMatching("/v3/kpi/.*" + gone + ".*")));
        assertThat(periods(series(checked, "1780", "T"))).containsExactly("2023");
    }

    @Test
    void onlyPlannersAndAdminsStartASync() {
        as(EDITOR).when().post(PATH).then().statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().when().post(PATH).then().statusCode(401).contentType(PROBLEM);
    }

    // ---- helpers ----

    private static JsonNode sync(String query) {
        String id = as(PLANNER).when().post(PATH + query).then().statusCode(202).extract().path("id");
        return await().atMost(Duration.ofSeconds(30)).until(() -> Bulk.job(id),
                job -> job.path("status").asText().matches("succeeded|failed|cancelled"));
    }

    private static String kpi() {
        return "Q" + String.format("%05d", RANDOM.nextInt(100_000));
    }

    /** An indicator measured by this Kolada KPI, divided by gender; Kolada's catalogue knows the KPI. */
    private static String indicator(String kpi) {
        knownKpis(kpi);
        return unchecked(kpi);
    }

    /** Kolada's /kpi answers with these ids (and no other). */
    private static void knownKpis(String... kpis) {
        StringBuilder values = new StringBuilder();
        for (String kpi : kpis) {
            values.append(values.length() == 0 ? "" : ",").append("{\"id\":\"").append(kpi)
                    .append("\",\"title\":\"Andel, %\",\"is_divided_by_gender\":1}");
        }
        KoladaStub.server.stubFor(get(urlPathMatching("/v3/kpi/.*")).willReturn(okJson("{\"count\":" + kpis.length
                + ",\"values\":[" + values + "],\"next_url\":null}")));
    }

    private static String unchecked(String kpi) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "kolada-" + unique());
        body.put("title", "Koladaindikator " + unique());
        body.put("unit", "percent");
        body.put("direction", "higher_is_better");
        body.put("source", "kolada");
        body.put("koladaKpiId", kpi);
        body.put("dividedByGender", true);
        body.put("owningDepartment", MILJO);
        return as(PLANNER).body(body).when().post(DEFINITIONS).then().statusCode(201).extract().path("id");
    }

    private static void stubPage1(String kpi, String body) {
        KoladaStub.server.stubFor(get(urlPathMatching("/v3/data/kpi/.*" + kpi + ".*")).withQueryParam("page", absent())
                .willReturn(okJson(body)));
    }

    private static void stubPage2(String kpi, String body) {
        KoladaStub.server.stubFor(get(urlPathMatching("/v3/data/kpi/" + kpi + "/municipality/1780")).withQueryParam("page", equalTo("2"))
                .atPriority(1).willReturn(okJson(body)));
    }

    /** A page of /data in v3's shape. */
    private static String page(String next, String... rows) {
        return "{\"count\":" + rows.length + ",\"values\":[" + String.join(",", rows) + "],\"next_url\":"
                + (next == null ? "null" : "\"" + next + "\"") + ",\"previous_url\":null}";
    }

    private static String row(String kpi, String area, int year, boolean deleted, String... values) {
        return "{\"kpi\":\"" + kpi + "\",\"municipality\":\"" + area + "\",\"period\":" + year + ",\"isdeleted\":" + deleted
                + ",\"values\":[" + String.join(",", values) + "]}";
    }

    private static String value(String gender, String value, String status) {
        return "{\"gender\":\"" + gender + "\",\"count\":1,\"status\":\"" + status + "\",\"value\":" + (value == null ? "null" : value) + "}";
    }
}
