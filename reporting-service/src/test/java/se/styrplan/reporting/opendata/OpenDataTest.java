package se.styrplan.reporting.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.styrplan.reporting.TestEvents.OWN_AREA;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.value;
import static se.styrplan.reporting.TestEvents.versionAdopted;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/** Open data needs no token, and holds only goals of adopted versions and final values: never a draft, never a preliminary value. */
@QuarkusTest
class OpenDataTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    static UUID plan;
    static UUID adoptedIndicator;
    static UUID draftIndicator;
    static String goalKey;
    static String draftKey;

    @BeforeEach
    void anAdoptedGoalAndADraftOne() {
        TestEvents.awaitConsumers(kafka);
        if (plan != null) {
            return;
        }
        plan = UUID.randomUUID();
        adoptedIndicator = UUID.randomUUID();
        draftIndicator = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID draftGoal = UUID.randomUUID();
        goalKey = "oppna-" + goal;
        draftKey = "utkast-" + draftGoal;
        indicatorDefined(adoptedIndicator, "higher_is_better");
        indicatorDefined(draftIndicator, "higher_is_better");
        List<Map<String, Object>> values = new ArrayList<>();
        values.add(value(OWN_AREA, "2022", "T", 61.5, "final", 1));
        values.add(value(OWN_AREA, "2023", "T", 63.0, "final", 1));
        values.add(value(OWN_AREA, "2023", "K", 65.0, "final", 1));
        values.add(value("0000", "2023", "T", 60.0, "final", 1));
        values.add(value(OWN_AREA, "2024", "T", 77.7, "preliminary", 1));
        values.add(value(OWN_AREA, "2021", "T", null, "suppressed", 1));
        values.add(value(OWN_AREA, "2020", "T", 12.3, "synthetic", 1));
        measurementsRecorded(adoptedIndicator, "higher_is_better", values);
        measurementsRecorded(draftIndicator, "higher_is_better", List.of(value(OWN_AREA, "2023", "T", 1.0, "final", 1)));

        // a goal of a draft (its event goes to the same plan key, before the adoption, so it is read first) ...
        Map<String, Object> draft = goal(draftGoal, draftKey, UUID.randomUUID(), "Ett föreslaget mål", 1, draftIndicator);
        draft.put("planId", plan);
        draft.put("versionId", UUID.randomUUID());
        draft.put("versionStatus", "draft");
        TestEvents.send(TestEvents.PLAN_TOPIC, plan.toString(), "se.styrplan.plan.GoalCreated.v1", "goals/" + draftGoal, Map.of("goal", draft));
        // ... and the adopted version
        versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, goalKey, UUID.randomUUID(), "Ett antaget mål", 0, adoptedIndicator)));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + adoptedIndicator + "/comparison").statusCode(200)
                .body("periods", hasSize(5)));
    }

    @Test
    void anIndicatorOfAnAdoptedGoalWithItsFinalValuesOnlyWithoutAToken() throws Exception {
        given().when().get("/open-data/indicators/" + adoptedIndicator + ".json").then().statusCode(200)
                .body("indicatorId", equalTo(adoptedIndicator.toString()))
                .body("attribution", equalTo("Källa: Kolada"))
                .body("values", hasSize(4))
                .body("values.status", not(hasItem("preliminary")))
                .body("values.period", not(hasItem("2024")))
                .body("values.period", not(hasItem("2021")))
                .body("values.period", not(hasItem("2020")));

        String csv = given().when().get("/open-data/indicators/" + adoptedIndicator + ".csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", "attachment; filename=\"indikator-" + adoptedIndicator + ".csv\"")
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(r -> r.get("omrade") + "/" + r.get("period") + "/" + r.get("kon") + "=" + r.get("varde"))
                .containsExactly("0000/2023/T=60.0", "1780/2022/T=61.5", "1780/2023/K=65.0", "1780/2023/T=63.0");
        assertThat(csv).doesNotContain("77.7").doesNotContain("12.3");
    }

    @Test
    void aGoalOfAnAdoptedPlanWithoutAToken() {
        given().when().get("/open-data/plans/" + plan + "/goals/" + goalKey + ".json").then().statusCode(200)
                .body("title", equalTo("Ett antaget mål"))
                .body("indicators", hasSize(1))
                .body("indicators[0].values", hasSize(4));
        given().when().get("/open-data/plans/" + plan + "/goals/" + goalKey + ".csv").then().statusCode(200).contentType("text/csv");
    }

    @Test
    void draftsNeverAppear() {
        given().when().get("/open-data/plans/" + plan + "/goals/" + draftKey + ".json").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/open-data/indicators/" + draftIndicator + ".json").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/open-data/indicators/" + draftIndicator + ".csv").then().statusCode(404);
        String catalogue = given().when().get("/open-data/catalog.jsonld").then().statusCode(200).extract().asString();
        assertThat(catalogue).doesNotContain(draftKey).doesNotContain(draftIndicator.toString()).doesNotContain("Ett föreslaget mål");
    }

    @Test
    void theCatalogueDescribesTheDatasetsWithDistributionsLicencePublisherAndContact() {
        String body = given().when().get("/open-data/catalog.jsonld").then().statusCode(200).contentType("application/ld+json")
                .extract().asString();
        JsonPath catalogue = JsonPath.from(body);
        assertThat(catalogue.getString("'@type'")).isEqualTo("dcat:Catalog");
        assertThat(catalogue.getString("'dcterms:license'.'@id'")).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(catalogue.getString("'dcterms:publisher'.'foaf:name'")).isEqualTo("Karlstads kommun");
        String goalId = "http://localhost:8080/open-data/plans/" + plan + "/goals/" + goalKey;
        Map<String, Object> goalDataset = catalogue.getMap("'dcat:dataset'.find { it.'@id' == '" + goalId + "' }");
        assertThat(goalDataset).as("the goal's dataset").isNotNull();
        JsonPath dataset = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(goalDataset).toString());
        assertThat(dataset.getList("'dcat:distribution'.'dcat:downloadURL'.'@id'", String.class))
                .containsExactly(goalId + ".json", goalId + ".csv");
        assertThat(dataset.getString("'dcat:contactPoint'.'vcard:hasEmail'.'@id'")).startsWith("mailto:");
        assertThat(dataset.getString("'dcterms:title'.'@value'")).isEqualTo("Mål: Ett antaget mål");
        assertThat(catalogue.getList("'dcat:dataset'.'@id'", String.class))
                .contains("http://localhost:8080/open-data/indicators/" + adoptedIndicator);
    }
}
