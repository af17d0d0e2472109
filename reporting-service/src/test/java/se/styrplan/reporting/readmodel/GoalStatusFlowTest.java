package se.styrplan.reporting.readmodel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/**
 * From real events on the real broker to the statuses the API serves: a plan adopted, an indicator defined, its
 * values and targets recorded, and a new version that drops an indicator from a goal.
 */
@QuarkusTest
class GoalStatusFlowTest {

    /** With a publication lag of 1, last year's value is the latest expected one. */
    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    @Inject
    EntityManager em;

    String processedOutcome(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("select outcome from processed_event where event_id = :id", String.class)
                    .setParameter("id", eventId).getResultList();
            return found.isEmpty() ? null : (String) found.get(0);
        });
    }

    static ValidatableResponse get(String path) {
        return ReportApi.get(path);
    }

    @Test
    void recordedValuesAndTargetsChangeTheGoalsStatus() {
        UUID plan = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        indicatorDefined(indicator, "lower_is_better");
        versionAdopted(plan, version, 1, List.of(goal(goal, "klimatneutralt", area, "Karlstad ska vara klimatneutralt", 0, indicator)));

        // known, but nothing to judge yet
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/goals/" + goal).statusCode(200)
                .body("goal.status", equalTo("not_assessed"))
                .body("indicators[0].status.status", equalTo("no_target"))
                .body("indicators[0].counted", equalTo("not_counted")));

        // five falling years (lower is better), the gender split of the latest, and Riket's values that must not count
        List<Map<String, Object>> values = new ArrayList<>(yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
        values.add(value(OWN_AREA, Integer.toString(YEAR - 1), "K", 2.6, "final", 1));
        values.add(value(OWN_AREA, Integer.toString(YEAR - 1), "M", 3.4, "final", 1));
        values.add(value("0000", Integer.toString(YEAR - 1), "T", 9.9, "final", 1));
        values.add(value("0000", Integer.toString(YEAR - 2), "T", 1.0, "preliminary", 1));
        measurementsRecorded(indicator, "lower_is_better", values);

        // no target: an improving trend counts as on track
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/goals/" + goal).statusCode(200)
                .body("goal.status", equalTo("on_track"))
                .body("goal.indicators.onTrack", equalTo(1))
                .body("indicators[0].counted", equalTo("on_track"))
                .body("indicators[0].status.trend", equalTo("improving")));
        get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                .body("status", equalTo("no_target"))
                .body("areaCode", equalTo(OWN_AREA))
                .body("points", equalTo(5))
                .body("latest.period", equalTo(Integer.toString(YEAR - 1)))
                .body("latest.value", closeTo(3.0, 1e-9))
                .body("slopePerYear", closeTo(-0.25, 1e-6))
                .body("genderGap.gap", closeTo(-0.8, 1e-6))
                .body("direction", equalTo("lower_is_better"))
                .body("koladaKpiId", equalTo("N00401"));

        // a target the trend does not reach in time: off track (forecast 1.77 against 0.5)
        targetSet(indicator, "lower_is_better", YEAR + 4, 0.5);
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/goals/" + goal).statusCode(200)
                .body("goal.status", equalTo("off_track"))
                .body("indicators[0].status.status", equalTo("off_track"))
                .body("indicators[0].status.target.year", equalTo(YEAR + 4))
                .body("indicators[0].status.forecast.period", equalTo(Integer.toString(YEAR + 4)))
                .body("indicators[0].status.forecast.value", closeTo(1.77, 1e-6))
                .body("indicators[0].status.forecast.lower", lessThan(1.77))
                .body("indicators[0].status.forecast.upper", greaterThan(1.77)));

        // a target within reach: on track
        targetSet(indicator, "lower_is_better", YEAR + 4, 2.0);
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                .body("status", equalTo("on_track")));
        get("/api/reports/goals/" + goal).body("goal.status", equalTo("on_track"));

        // the list with its roll-ups
        get("/api/reports/goals?planId=" + plan).statusCode(200)
                .body("ownArea", equalTo(OWN_AREA))
                .body("plans", hasSize(1))
                .body("plans[0].status", equalTo("on_track"))
                .body("plans[0].versionNumber", equalTo(1))
                .body("targetAreas", hasSize(1))
                .body("targetAreas[0].targetAreaId", equalTo(area.toString()))
                .body("targetAreas[0].status", equalTo("on_track"))
                .body("goals", hasSize(1))
                .body("goals[0].goalId", equalTo(goal.toString()))
                .body("goals[0].sdgs", equalTo(List.of(7, 11, 13)))
                .body("goals[0].computedAt", notNullValue());

        // the target removed: judged by the trend again
        targetRemoved(indicator, YEAR + 4);
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                .body("status", equalTo("no_target")));
    }

    @Test
    void anIndicatorUnlinkedByANewVersionNoLongerCounts() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID worsening = UUID.randomUUID();
        UUID improving = UUID.randomUUID();
        measurementsRecorded(worsening, "higher_is_better", yearly(YEAR - 5, 60, 58, 57, 55, 52));
        measurementsRecorded(improving, "higher_is_better", yearly(YEAR - 5, 40, 42, 45, 47, 50));

        UUID v1 = UUID.randomUUID();
        UUID goalV1 = UUID.randomUUID();
        versionAdopted(plan, v1, 1, List.of(goal(goalV1, "sysselsattning", area, "Fler i arbete", 0, worsening, improving)));
        // one of two off track: at least a third
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/goals/" + goalV1).statusCode(200)
                .body("goal.status", equalTo("off_track"))
                .body("goal.indicators.total", equalTo(2))
                .body("goal.indicators.offTrack", equalTo(1)));

        // version 2 keeps the goal (same key, new id) without the worsening indicator
        UUID v2 = UUID.randomUUID();
        UUID goalV2 = UUID.randomUUID();
        versionAdopted(plan, v2, 2, List.of(goal(goalV2, "sysselsattning", area, "Fler i arbete", 0, improving)));
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/goals/" + goalV2).statusCode(200)
                .body("goal.status", equalTo("on_track"))
                .body("goal.indicators.total", equalTo(1))
                .body("goal.indicators.offTrack", equalTo(0))
                .body("indicators.indicatorId", equalTo(List.of(improving.toString()))));
        get("/api/reports/goals/" + goalV1).statusCode(404).contentType("application/problem+json");
        get("/api/reports/goals?planId=" + plan).statusCode(200)
                .body("plans[0].versionNumber", equalTo(2))
                .body("goals.goalId", equalTo(List.of(goalV2.toString())));

        // values of the dropped indicator still arrive, and change nothing for the goal
        measurementsRecorded(worsening, "higher_is_better", List.of(value(OWN_AREA, Integer.toString(YEAR - 1), "T", 10.0, "final", 2)));
        await().atMost(WAIT).untilAsserted(() -> get("/api/reports/indicators/" + worsening + "/status")
                .body("latest.value", closeTo(10.0, 1e-9)));
        get("/api/reports/goals/" + goalV2).body("goal.status", equalTo("on_track"));

        // an older version's adoption arriving late (a replay with a new event id) does not bring the old goal back;
        // an event of a type this service does not know, on the same key, marks when the replay has been handled
        versionAdopted(plan, v1, 1, List.of(goal(goalV1, "sysselsattning", area, "Fler i arbete", 0, worsening, improving)));
        String marker = TestEvents.idOf(TestEvents.send(TestEvents.PLAN_TOPIC, plan.toString(), "se.styrplan.plan.PlanRenamed.v1",
                "plans/" + plan, Map.of("planId", plan.toString())));
        await().atMost(WAIT).until(() -> processedOutcome(marker) != null);
        get("/api/reports/goals?planId=" + plan).statusCode(200)
                .body("plans[0].versionNumber", equalTo(2))
                .body("goals.goalId", equalTo(List.of(goalV2.toString())));
    }
}
