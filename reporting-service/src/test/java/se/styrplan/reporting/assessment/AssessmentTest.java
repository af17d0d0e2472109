package se.styrplan.reporting.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.versionAdopted;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/**
 * The owners' assessment of a goal: who may enter it (planners, editors of the departments owning the goal's
 * indicators; nobody else), what is refused as bad input, the history, the audit entry, and the goal report.
 */
@QuarkusTest
class AssessmentTest {

    static final int LAST_YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue() - 1;

    @Inject
    KafkaClientService kafka;

    UUID goal;

    @BeforeEach
    void anAdoptedGoalOwnedByMiljoforvaltningen() {
        TestEvents.awaitConsumers(kafka);
        UUID plan = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        goal = UUID.randomUUID();
        indicatorDefined(indicator, "lower_is_better", "miljoforvaltningen");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status")
                .statusCode(200));
        versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, "klimat-" + goal, UUID.randomUUID(), "Klimatneutralt", 0, indicator)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200));
    }

    static ValidatableResponse put(String user, UUID goalId, Object year, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().put("/api/reports/goals/" + goalId + "/assessments/" + year).then();
    }

    @Test
    void anEditorOfTheOwningDepartmentAndAPlannerMayAssessAndHistoryIsKept() {
        put("erik", goal, LAST_YEAR, Map.of("judgement", "delvis_uppfyllt", "analysis", "Utsläppen minskar men inte nog.  "))
                .statusCode(200)
                .body("year", equalTo(LAST_YEAR))
                .body("judgement", equalTo("delvis_uppfyllt"))
                .body("judgementLabel", equalTo("Delvis uppfyllt"))
                .body("analysis", equalTo("Utsläppen minskar men inte nog."))
                .body("assessedBy", equalTo("erik"));
        put("petra", goal, LAST_YEAR, Map.of("judgement", "ej_uppfyllt", "analysis", "Planeraren bedömer annorlunda."))
                .statusCode(200).body("assessedBy", equalTo("petra"));
        put("petra", goal, LAST_YEAR - 1, Map.of("judgement", "uppfyllt")).statusCode(200).body("analysis", equalTo(""));

        ReportApi.get("/api/reports/goals/" + goal + "/assessments").statusCode(200)
                .body("departments", equalTo(List.of("miljoforvaltningen")))
                .body("current", hasSize(2))
                .body("current[0].year", equalTo(LAST_YEAR))
                .body("current[0].judgement", equalTo("ej_uppfyllt"))
                .body("current[1].year", equalTo(LAST_YEAR - 1))
                .body("history", hasSize(3))
                .body("history[2].assessedBy", equalTo("erik"));

        // next to the computed roll-up
        ReportApi.get("/api/reports/goals/" + goal).statusCode(200)
                .body("goal.status", equalTo("not_assessed"))
                .body("assessments[0].judgement", equalTo("ej_uppfyllt"))
                .body("assessments[0].analysis", equalTo("Planeraren bedömer annorlunda."));

        // audited, with before and after
        given().auth().oauth2(Tokens.of("anna")).queryParam("entityType", "goal-assessment").when().get("/api/reports/audit")
                .then().statusCode(200)
                .body("items.actor", hasItem("erik"))
                .body("items.findAll { it.action == 'update' }.before.judgement", hasItem("delvis_uppfyllt"))
                .body("items.findAll { it.action == 'update' }.after.judgement", hasItem("ej_uppfyllt"));
    }

    @Test
    void anEditorOfAnotherDepartmentAViewerAndAnonymousAreRefused() {
        Map<String, String> body = Map.of("judgement", "uppfyllt", "analysis", "Försök");
        put("karin", goal, LAST_YEAR, body).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("miljoforvaltningen"));
        put("victor", goal, LAST_YEAR, body).statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().put("/api/reports/goals/" + goal + "/assessments/" + LAST_YEAR)
                .then().statusCode(401).contentType("application/problem+json");
        ReportApi.get("/api/reports/goals/" + goal + "/assessments").statusCode(200).body("history", hasSize(0));
    }

    @Test
    void badInputIsAProblemAndNothingIsWritten() {
        put("erik", goal, LAST_YEAR, Map.of("judgement", "bra")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("judgement")));
        put("erik", goal, LAST_YEAR, Map.of("analysis", "utan bedömning")).statusCode(400).contentType("application/problem+json");
        put("erik", goal, LAST_YEAR, Map.of("judgement", "uppfyllt", "analysis", "x".repeat(4001))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("analysis")));
        put("erik", goal, 1800, Map.of("judgement", "uppfyllt")).statusCode(400).contentType("application/problem+json");
        put("erik", goal, LAST_YEAR + 2, Map.of("judgement", "uppfyllt")).statusCode(400).contentType("application/problem+json");
        put("erik", goal, "förra-året", Map.of("judgement", "uppfyllt")).statusCode(404);
        given().auth().oauth2(Tokens.of("erik")).contentType(ContentType.JSON).body("{\"judgement\": ")
                .when().put("/api/reports/goals/" + goal + "/assessments/" + LAST_YEAR).then().statusCode(400)
                .contentType("application/problem+json");
        put("erik", UUID.randomUUID(), LAST_YEAR, Map.of("judgement", "uppfyllt")).statusCode(404).contentType("application/problem+json");
        ReportApi.get("/api/reports/goals/" + goal + "/assessments").statusCode(200).body("history", hasSize(0));
    }
}
