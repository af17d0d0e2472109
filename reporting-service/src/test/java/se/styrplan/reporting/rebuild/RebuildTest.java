package se.styrplan.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrplan.reporting.TestEvents.OWN_AREA;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.targetRemoved;
import static se.styrplan.reporting.TestEvents.targetSet;
import static se.styrplan.reporting.TestEvents.value;
import static se.styrplan.reporting.TestEvents.versionAdopted;
import static se.styrplan.reporting.TestEvents.yearly;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/**
 * A rebuild replays the real topics into emptied tables and reproduces the same read model, row for row (the
 * canonical dump of this test's plan and indicators, before and after); the assessments survive it; the live
 * consumers carry on afterwards.
 */
@QuarkusTest
class RebuildTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    @Inject
    ReadModelDump dump;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    @Test
    void aRebuildReproducesTheSameReadModel() {
        UUID plan = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        indicatorDefined(kept, "lower_is_better");
        indicatorDefined(dropped, "higher_is_better");
        versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, "g-" + goal, area, "Klimat", 0, kept, dropped)));
        measurementsRecorded(kept, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
        String twice = measurementsRecorded(dropped, "higher_is_better", yearly(YEAR - 4, 10, 9, 8, 7));
        TestEvents.sendRaw(TestEvents.INDICATOR_TOPIC, dropped.toString(), twice); // redelivered: applied once
        measurementsRecorded(kept, "lower_is_better", List.of(value(OWN_AREA, Integer.toString(YEAR - 1), "T", 2.9, "final", 2),
                value("0000", Integer.toString(YEAR - 1), "T", 5.0, "final", 1)));
        targetSet(kept, "lower_is_better", YEAR + 4, 2.0);
        targetSet(kept, "lower_is_better", YEAR + 8, 1.0);
        targetRemoved(kept, YEAR + 8);
        TestEvents.sendRaw(TestEvents.INDICATOR_TOPIC, kept.toString(), "{ not a cloud event"); // poison
        UUID goal2 = UUID.randomUUID();
        versionAdopted(plan, UUID.randomUUID(), 2, List.of(goal(goal2, "g-" + goal, area, "Klimat", 0, kept)));

        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal2).statusCode(200)
                .body("goal.status", equalTo("on_track"))
                .body("indicators", hasSize(1))
                .body("indicators[0].status.target.year", equalTo(YEAR + 4)));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + dropped + "/status").statusCode(200)
                .body("trend", equalTo("worsening")));
        given().auth().oauth2(Tokens.of("petra")).contentType(ContentType.JSON).body(Map.of("judgement", "uppfyllt", "analysis", "Bra"))
                .when().put("/api/reports/goals/" + goal2 + "/assessments/" + (YEAR - 1)).then().statusCode(200);

        Map<String, List<String>> before = dump.rows(Set.of(plan), Set.of(kept, dropped));
        assertThat(before.get("adopted_plan")).hasSize(1);
        assertThat(before.get("report_goal")).hasSize(1);
        assertThat(before.get("measurement")).hasSize(10);
        assertThat(before.get("indicator_target")).hasSize(1);
        assertThat(before.get("indicator_status")).hasSize(2);

        given().auth().oauth2(Tokens.of("petra")).when().post("/api/reports/admin/read-model/rebuild").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("anna")).when().post("/api/reports/admin/read-model/rebuild").then().statusCode(200)
                .body("read", greaterThanOrEqualTo(12))
                .body("duplicates", greaterThanOrEqualTo(1))
                .body("unreadable", greaterThanOrEqualTo(1))
                .body("failed", equalTo(0));

        Map<String, List<String>> after = dump.rows(Set.of(plan), Set.of(kept, dropped));
        assertThat(after).isEqualTo(before);
        ReportApi.get("/api/reports/goals/" + goal2).statusCode(200)
                .body("goal.status", equalTo("on_track"))
                .body("assessments[0].judgement", equalTo("uppfyllt"));

        // the live consumers go on: a rising value makes the goal's only indicator worsen
        measurementsRecorded(kept, "lower_is_better", List.of(value(OWN_AREA, Integer.toString(YEAR - 1), "T", 9.0, "final", 3)));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal2).statusCode(200)
                .body("goal.status", equalTo("off_track")));
        given().auth().oauth2(Tokens.of("anna")).when().get("/api/reports/admin/read-model/digest").then().statusCode(200)
                .body("measurement.rows", greaterThanOrEqualTo(10));
    }
}
