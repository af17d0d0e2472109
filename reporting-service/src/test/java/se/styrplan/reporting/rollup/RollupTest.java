package se.styrplan.reporting.rollup;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.styrplan.reporting.TestEvents.OWN_AREA;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/** Roll-ups per target area, SDG and department, and the comparison with the comparison set and Riket. */
@QuarkusTest
class RollupTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    static Map<String, Object> withSdgs(Map<String, Object> goal, List<Integer> sdgs) {
        goal.put("sdgs", sdgs);
        return goal;
    }

    @Test
    void rollupsPerTargetAreaSdgAndDepartment() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID improving = UUID.randomUUID(); // miljöförvaltningen, lower is better and falling: on track
        UUID worsening = UUID.randomUUID(); // socialförvaltningen, higher is better and falling: off track
        UUID unknown = UUID.randomUUID();   // socialförvaltningen, no values: not counted
        indicatorDefined(improving, "lower_is_better", "miljoforvaltningen");
        indicatorDefined(worsening, "higher_is_better", "arbetsmarknads-och-socialforvaltningen");
        indicatorDefined(unknown, "higher_is_better", "arbetsmarknads-och-socialforvaltningen");
        UUID goalA = UUID.randomUUID();
        UUID goalB = UUID.randomUUID();
        versionAdopted(plan, UUID.randomUUID(), 1, List.of(
                withSdgs(goal(goalA, "a-" + goalA, area, "Mål A", 0, improving), List.of(13, 7)),
                withSdgs(goal(goalB, "b-" + goalB, area, "Mål B", 1, worsening, unknown), List.of(13, 8))));
        measurementsRecorded(improving, "lower_is_better", yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
        measurementsRecorded(worsening, "higher_is_better", "arbetsmarknads-och-socialforvaltningen", yearly(YEAR - 5, 80, 78, 75, 71, 70));

        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals?planId=" + plan).statusCode(200)
                .body("goals.find { it.goalId == '" + goalA + "' }.status", equalTo("on_track"))
                .body("goals.find { it.goalId == '" + goalB + "' }.status", equalTo("off_track")));

        ReportApi.get("/api/reports/rollups/target-areas?planId=" + plan).statusCode(200)
                .body("targetAreas", hasSize(1))
                .body("targetAreas[0].status", equalTo("off_track")) // one of two assessed goals off track: at least a third
                .body("targetAreas[0].goals.total", equalTo(2));

        ReportApi.get("/api/reports/rollups/sdgs?planId=" + plan).statusCode(200)
                .body("sdgs.sdg", equalTo(List.of(7, 8, 13)))
                .body("sdgs[0].title", equalTo("7. Hållbar energi för alla"))
                .body("sdgs[0].status", equalTo("on_track"))
                .body("sdgs[1].status", equalTo("off_track"))
                .body("sdgs[2].goals.total", equalTo(2))
                .body("sdgs[2].goals.onTrack", equalTo(1))
                .body("sdgs[2].goals.offTrack", equalTo(1));

        ReportApi.get("/api/reports/rollups/departments?planId=" + plan).statusCode(200)
                .body("departments.department", equalTo(List.of("arbetsmarknads-och-socialforvaltningen", "miljoforvaltningen")))
                .body("departments[0].status", equalTo("off_track"))
                .body("departments[0].indicators.total", equalTo(2))
                .body("departments[0].indicators.notCounted", equalTo(1))
                .body("departments[0].goalIds", equalTo(List.of(goalB.toString())))
                .body("departments[1].status", equalTo("on_track"));
    }

    @Test
    void comparisonShowsTheMedianOfTheComparisonSetRiketAndTheGenderSplit() {
        UUID indicator = UUID.randomUUID();
        indicatorDefined(indicator, "higher_is_better");
        String y = Integer.toString(YEAR - 1);
        List<Map<String, Object>> values = new ArrayList<>();
        values.add(value(OWN_AREA, y, "T", 50.0, "final", 1));
        values.add(value(OWN_AREA, y, "K", 54.0, "final", 1));
        values.add(value(OWN_AREA, y, "M", 46.0, "final", 1));
        values.add(value("0580", y, "T", 40.0, "final", 1));
        values.add(value("1880", y, "T", 60.0, "final", 1));
        values.add(value("0680", y, "T", 45.0, "preliminary", 1));
        values.add(value("2180", y, "T", null, "suppressed", 1));
        values.add(value("2180", y, "K", 99.0, "final", 1)); // a comparison's split does not count
        values.add(value("0000", y, "T", 52.5, "final", 1));
        values.add(value("1283", y, "T", 1.0, "final", 1)); // Helsingborg: not in the comparison set
        values.add(value(OWN_AREA, Integer.toString(YEAR - 2), "T", 48.0, "preliminary", 1));
        measurementsRecorded(indicator, "higher_is_better", values);

        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/comparison").statusCode(200)
                .body("periods", hasSize(2)));
        ReportApi.get("/api/reports/indicators/" + indicator + "/comparison").statusCode(200)
                .body("ownArea", equalTo(OWN_AREA))
                .body("countryArea", equalTo("0000"))
                .body("periods[0].period", equalTo(Integer.toString(YEAR - 2)))
                .body("periods[0].own", closeTo(48.0, 1e-9))
                .body("periods[0].ownStatus", equalTo("preliminary"))
                .body("periods[0].comparisonMedian", nullValue())
                .body("periods[0].comparisonCount", equalTo(0))
                .body("periods[1].own", closeTo(50.0, 1e-9))
                .body("periods[1].comparisonMedian", closeTo(45.0, 1e-9)) // 40, 45, 60
                .body("periods[1].comparisonCount", equalTo(3))
                .body("periods[1].country", closeTo(52.5, 1e-9))
                .body("periods[1].women", closeTo(54.0, 1e-9))
                .body("periods[1].men", closeTo(46.0, 1e-9));
        ReportApi.get("/api/reports/indicators/" + UUID.randomUUID() + "/comparison").statusCode(404)
                .contentType("application/problem+json");
    }
}
