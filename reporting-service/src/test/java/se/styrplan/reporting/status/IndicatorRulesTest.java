package se.styrplan.reporting.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.styrplan.reporting.status.Direction.HIGHER_IS_BETTER;
import static se.styrplan.reporting.status.Direction.LOWER_IS_BETTER;
import static se.styrplan.reporting.status.Direction.NONE;
import static se.styrplan.reporting.status.IndicatorStatus.INSUFFICIENT_DATA;
import static se.styrplan.reporting.status.IndicatorStatus.NOT_YET_PUBLISHED;
import static se.styrplan.reporting.status.IndicatorStatus.NO_TARGET;
import static se.styrplan.reporting.status.IndicatorStatus.OFF_TRACK;
import static se.styrplan.reporting.status.IndicatorStatus.ON_TRACK;
import static se.styrplan.reporting.status.IndicatorStatus.REACHED;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status rules, case by case. The reference year is 2026, so with a lag of 1 the 2025 value is due. */
class IndicatorRulesTest {

    private static final RuleSettings SETTINGS = RuleSettings.defaults(2026);

    /** "2021=4.0", "2022=..", "2024H1=3" ("..": suppressed, Kolada's notation). */
    static List<Observation> values(String... entries) {
        List<Observation> list = new ArrayList<>();
        for (String e : entries) {
            String[] kv = e.split("=");
            boolean suppressed = kv[1].equals("..");
            list.add(new Observation(Period.parse(kv[0]), suppressed ? null : Double.valueOf(kv[1]), suppressed ? "suppressed" : "final"));
        }
        return list;
    }

    static List<Target> target(int year, double value) {
        return List.of(new Target(year, value, null));
    }

    record Case(String name, Direction direction, List<Observation> values, List<Target> targets,
            IndicatorStatus status, IndicatorStatus targetStatus, Trend trend) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("higher is better, rising, target ahead within reach", HIGHER_IS_BETTER,
                        values("2021=50", "2022=52", "2023=54", "2024=56", "2025=58"), target(2028, 62),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("higher is better, rising too slowly for the target", HIGHER_IS_BETTER,
                        values("2021=50", "2022=52", "2023=54", "2024=56", "2025=58"), target(2028, 70),
                        OFF_TRACK, OFF_TRACK, Trend.IMPROVING),
                new Case("higher is better, falling", HIGHER_IS_BETTER,
                        values("2021=58", "2022=56", "2023=54", "2024=52", "2025=50"), target(2030, 60),
                        OFF_TRACK, OFF_TRACK, Trend.WORSENING),
                new Case("lower is better, falling fast enough", LOWER_IS_BETTER,
                        values("2021=5.0", "2022=4.6", "2023=4.2", "2024=3.8", "2025=3.4"), target(2030, 1.5),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("lower is better, rising", LOWER_IS_BETTER,
                        values("2021=3.0", "2022=3.2", "2023=3.4", "2024=3.6", "2025=3.8"), target(2030, 2.0),
                        OFF_TRACK, OFF_TRACK, Trend.WORSENING),
                new Case("lower is better, already below the target", LOWER_IS_BETTER,
                        values("2021=5.0", "2022=4.6", "2023=4.2", "2024=3.8", "2025=3.4"), target(2030, 3.5),
                        REACHED, REACHED, Trend.IMPROVING),
                new Case("lower is better, no target", LOWER_IS_BETTER,
                        values("2021=5.0", "2022=4.6", "2023=4.2", "2024=3.8", "2025=3.4"), List.of(),
                        NO_TARGET, NO_TARGET, Trend.IMPROVING),
                new Case("missing years: the line goes through the years there are", HIGHER_IS_BETTER,
                        values("2017=40", "2018=42", "2021=48", "2023=52", "2025=56"), target(2028, 61),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("target year past and met (judged on the latest value)", HIGHER_IS_BETTER,
                        values("2019=44", "2020=46", "2021=48", "2022=50", "2023=52", "2024=54", "2025=55"), target(2022, 50),
                        REACHED, REACHED, Trend.IMPROVING),
                new Case("target year past and not met: no forecast can help", HIGHER_IS_BETTER,
                        values("2021=50", "2022=52", "2023=54", "2024=56", "2025=58"), target(2024, 80),
                        OFF_TRACK, OFF_TRACK, Trend.IMPROVING),
                new Case("target year past, then a later target: the latest target year counts", HIGHER_IS_BETTER,
                        values("2021=50", "2022=52", "2023=54", "2024=56", "2025=58"),
                        List.of(new Target(2024, 80, null), new Target(2028, 62, null)),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("a single value, target ahead: too little for a forecast", HIGHER_IS_BETTER,
                        values("2025=10"), target(2030, 20),
                        INSUFFICIENT_DATA, INSUFFICIENT_DATA, Trend.INSUFFICIENT_DATA),
                new Case("a single value in the target year, not met", HIGHER_IS_BETTER,
                        values("2025=10"), target(2025, 20),
                        OFF_TRACK, OFF_TRACK, Trend.INSUFFICIENT_DATA),
                new Case("a single value that meets the target", LOWER_IS_BETTER,
                        values("2025=10"), target(2030, 12),
                        REACHED, REACHED, Trend.INSUFFICIENT_DATA),
                new Case("suppressed values are skipped, 3 remain", HIGHER_IS_BETTER,
                        values("2021=..", "2022=..", "2023=10", "2024=11", "2025=12"), target(2030, 20),
                        OFF_TRACK, OFF_TRACK, Trend.IMPROVING),
                new Case("suppressed values are skipped, 2 remain: no trend", HIGHER_IS_BETTER,
                        values("2021=..", "2022=..", "2023=..", "2024=10", "2025=11"), target(2030, 20),
                        INSUFFICIENT_DATA, INSUFFICIENT_DATA, Trend.INSUFFICIENT_DATA),
                new Case("everything suppressed", HIGHER_IS_BETTER,
                        values("2023=..", "2024=..", "2025=.."), target(2030, 20),
                        INSUFFICIENT_DATA, INSUFFICIENT_DATA, Trend.INSUFFICIENT_DATA),
                new Case("latest due year not yet published: never off track", HIGHER_IS_BETTER,
                        values("2020=58", "2021=56", "2022=54", "2023=52", "2024=50"), target(2030, 60),
                        NOT_YET_PUBLISHED, OFF_TRACK, Trend.WORSENING),
                new Case("series stopped years ago: judged as it is", HIGHER_IS_BETTER,
                        values("2015=58", "2016=56", "2017=54", "2018=52", "2019=50"), target(2030, 60),
                        OFF_TRACK, OFF_TRACK, Trend.WORSENING),
                new Case("survey every other year, next one not due yet", HIGHER_IS_BETTER,
                        values("2018=60", "2020=62", "2022=64", "2024=66"), target(2030, 70),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("survey every other year, latest one missing", HIGHER_IS_BETTER,
                        values("2017=60", "2019=62", "2021=64", "2023=66"), target(2030, 70),
                        NOT_YET_PUBLISHED, ON_TRACK, Trend.IMPROVING),
                new Case("stable within 1 % of the mean per year", HIGHER_IS_BETTER,
                        values("2021=100", "2022=100.5", "2023=99.8", "2024=100.2", "2025=100.1"), List.of(),
                        NO_TARGET, NO_TARGET, Trend.STABLE),
                new Case("no direction: rising, not judged", NONE,
                        values("2021=10", "2022=12", "2023=14", "2024=16", "2025=18"), List.of(),
                        NO_TARGET, NO_TARGET, Trend.RISING),
                new Case("no direction: a target is met within the tolerance", NONE,
                        values("2021=10", "2022=10.4", "2023=9.8", "2024=10.1", "2025=10.05"), target(2030, 10),
                        REACHED, REACHED, Trend.STABLE),
                new Case("half years, target year's second half forecast", HIGHER_IS_BETTER,
                        values("2023H1=10", "2023H2=11", "2024H1=12", "2024H2=13", "2025H1=14", "2025H2=15"), target(2026, 17),
                        ON_TRACK, ON_TRACK, Trend.IMPROVING),
                new Case("no values and no target", HIGHER_IS_BETTER,
                        List.of(), List.of(),
                        NO_TARGET, NO_TARGET, Trend.INSUFFICIENT_DATA))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(c.direction(), c.values(), c.targets()), SETTINGS);
        assertThat(a.status()).as("status").isEqualTo(c.status());
        assertThat(a.targetStatus()).as("target status").isEqualTo(c.targetStatus());
        assertThat(a.trend()).as("trend").isEqualTo(c.trend());
        assertThat(a.expectedYear()).isEqualTo(2025);
    }

    @Test
    void suppressedValuesAreNotCountedAndNeverTheLatest() {
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER,
                values("2021=10", "2022=11", "2023=12", "2024=13", "2025=.."), List.of()), SETTINGS);
        assertThat(a.points()).isEqualTo(4);
        assertThat(a.latest().period()).isEqualTo("2024");
        assertThat(a.latest().value()).isEqualTo(13.0);
        // 2025 is due but suppressed: it counts as not published, not as a failure
        assertThat(a.status()).isEqualTo(NOT_YET_PUBLISHED);
        assertThat(a.missingPeriod()).isEqualTo("2025");
    }

    @Test
    void notYetPublishedNamesTheMissingPeriodAndIsNotStale() {
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(LOWER_IS_BETTER,
                values("2021=5", "2022=4.5", "2023=4", "2024=3.5"), target(2030, 1)), SETTINGS);
        assertThat(a.status()).isEqualTo(NOT_YET_PUBLISHED);
        assertThat(a.missingPeriod()).isEqualTo("2025");
        assertThat(a.stale()).isFalse();
        assertThat(a.targetStatus()).isEqualTo(ON_TRACK);
    }

    @Test
    void aStoppedSeriesIsMarkedStale() {
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER,
                values("2016=1", "2017=2", "2018=3"), List.of()), SETTINGS);
        assertThat(a.stale()).isTrue();
        assertThat(a.missingPeriod()).isNull();
    }

    @Test
    void forecastHasTheRegressionsPredictionInterval() {
        // x̄ = 2023, slope 0.8, MSE 1.2, Sxx 10; at 2028: 7.0 ± t(0.975, 3) · √(1.2 · (1 + 1/5 + 25/10)) = 7.0 ± 6.7058
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER,
                values("2021=1", "2022=3", "2023=2", "2024=5", "2025=4"), target(2028, 100)), SETTINGS);
        assertThat(a.slopePerYear()).isCloseTo(0.8, within(1e-9));
        assertThat(a.forecast().period()).isEqualTo("2028");
        assertThat(a.forecast().value()).isCloseTo(7.0, within(1e-9));
        assertThat(a.forecast().lower()).isCloseTo(7.0 - 6.7058, within(1e-3));
        assertThat(a.forecast().upper()).isCloseTo(7.0 + 6.7058, within(1e-3));
        assertThat(a.forecast().confidence()).isEqualTo(0.95);
        assertThat(a.targetStatus()).isEqualTo(OFF_TRACK);
    }

    @Test
    void intervalWidensWithTheDistanceToTheTargetYear() {
        List<Observation> series = values("2021=1", "2022=3", "2023=2", "2024=5", "2025=4");
        IndicatorAssessment.Forecast near = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, target(2026, 100)), SETTINGS).forecast();
        IndicatorAssessment.Forecast far = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, target(2035, 100)), SETTINGS).forecast();
        assertThat(far.upper() - far.lower()).isGreaterThan(near.upper() - near.lower());
    }

    @Test
    void aPerfectLineHasNoUncertainty() {
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER,
                values("2023=1", "2024=2", "2025=3"), target(2027, 5)), SETTINGS);
        assertThat(a.forecast().value()).isCloseTo(5.0, within(1e-9));
        assertThat(a.forecast().upper() - a.forecast().lower()).isCloseTo(0.0, within(1e-6));
        assertThat(a.targetStatus()).isEqualTo(ON_TRACK);
    }

    @Test
    void noForecastWhenTheTargetIsReachedOrThereIsNoTarget() {
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, values("2023=1", "2024=2", "2025=3"), target(2030, 2)), SETTINGS)
                .forecast()).isNull();
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, values("2023=1", "2024=2", "2025=3"), List.of()), SETTINGS)
                .forecast()).isNull();
    }

    @Test
    void trendUsesOnlyTheWindow() {
        // a long fall long ago, then 5 years of rise: the last 5 years decide with a 5-year window
        List<Observation> series = values("2010=90", "2012=80", "2014=70", "2016=60", "2018=50", "2021=50", "2022=51", "2023=52",
                "2024=53", "2025=54");
        RuleSettings window5 = new RuleSettings(2026, 1, 5, 0.01);
        IndicatorAssessment a = IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, List.of()), window5);
        assertThat(a.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(a.trendPoints()).isEqualTo(5);
        assertThat(a.points()).isEqualTo(10);
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, List.of()), new RuleSettings(2026, 1, 20, 0.01)).trend())
                .isEqualTo(Trend.WORSENING);
    }

    @Test
    void genderGapIsWomenMinusMenInTheLatestPeriodWithBoth() {
        IndicatorSeries series = new IndicatorSeries(HIGHER_IS_BETTER, values("2024=58", "2025=59"),
                values("2023=60", "2024=61", "2025=63"), values("2023=55", "2024=57", "2025=.."), List.of());
        IndicatorAssessment.GenderGap gap = IndicatorRules.assess(series, SETTINGS).genderGap();
        assertThat(gap.period()).isEqualTo("2024");
        assertThat(gap.women()).isEqualTo(61.0);
        assertThat(gap.men()).isEqualTo(57.0);
        assertThat(gap.gap()).isEqualTo(4.0);
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, values("2025=1"), List.of()), SETTINGS).genderGap()).isNull();
    }

    @Test
    void publicationLagIsConfigurable() {
        List<Observation> series = values("2020=1", "2021=2", "2022=3", "2023=4", "2024=5");
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, List.of()), new RuleSettings(2026, 1, 10, 0.01)).status())
                .isEqualTo(NOT_YET_PUBLISHED);
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, List.of()), new RuleSettings(2026, 2, 10, 0.01)).status())
                .isEqualTo(NO_TARGET);
    }

    @Test
    void syntheticValuesAreFlagged() {
        List<Observation> series = List.of(new Observation(Period.parse("2024"), 1.0, "synthetic"),
                new Observation(Period.parse("2025"), 2.0, "synthetic"));
        assertThat(IndicatorRules.assess(IndicatorSeries.of(HIGHER_IS_BETTER, series, List.of()), SETTINGS).includesSynthetic()).isTrue();
    }

    @Test
    void periodsParseAndOrder() {
        assertThat(Period.parse("2024").x()).isEqualTo(2024.0);
        assertThat(Period.parse("2024H2").x()).isEqualTo(2024.5);
        assertThat(Period.parse("2024H1").compareTo(Period.parse("2024H2"))).isNegative();
        assertThat(Period.at(2025.5, true).code()).isEqualTo("2025H2");
        assertThat(Period.at(2026.0, true).code()).isEqualTo("2026H1");
        assertThat(Period.isCode("2024Q1")).isFalse();
    }
}
