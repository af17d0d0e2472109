package se.styrplan.reporting.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.reporting.status.Contribution.NOT_COUNTED;
import static se.styrplan.reporting.status.Contribution.OFF_TRACK;
import static se.styrplan.reporting.status.Contribution.ON_TRACK;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollupTest {

    static Stream<Arguments> goals() {
        return Stream.of(
                Arguments.of("all on track", List.of(ON_TRACK, ON_TRACK, ON_TRACK), GoalStatus.ON_TRACK),
                Arguments.of("one of three off track: a third", List.of(ON_TRACK, ON_TRACK, OFF_TRACK), GoalStatus.OFF_TRACK),
                Arguments.of("one of four off track: less than a third", List.of(ON_TRACK, ON_TRACK, ON_TRACK, OFF_TRACK), GoalStatus.PARTLY),
                Arguments.of("uncounted indicators do not dilute", List.of(ON_TRACK, OFF_TRACK, NOT_COUNTED, NOT_COUNTED), GoalStatus.OFF_TRACK),
                Arguments.of("a single indicator off track", List.of(OFF_TRACK), GoalStatus.OFF_TRACK),
                Arguments.of("nothing counts", List.of(NOT_COUNTED, NOT_COUNTED), GoalStatus.NOT_ASSESSED),
                Arguments.of("no indicators", List.of(), GoalStatus.NOT_ASSESSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goals")
    void goalRollup(String name, List<Contribution> contributions, GoalStatus expected) {
        Rollup.IndicatorCounts counts = Rollup.ofIndicators(contributions);
        assertThat(counts.status()).isEqualTo(expected);
        assertThat(counts.total()).isEqualTo(contributions.size());
        assertThat(counts.onTrack() + counts.offTrack() + counts.notCounted()).isEqualTo(contributions.size());
    }

    static Stream<Arguments> areas() {
        return Stream.of(
                Arguments.of(List.of(GoalStatus.ON_TRACK, GoalStatus.ON_TRACK, GoalStatus.NOT_ASSESSED), GoalStatus.ON_TRACK),
                Arguments.of(List.of(GoalStatus.ON_TRACK, GoalStatus.PARTLY), GoalStatus.PARTLY),
                Arguments.of(List.of(GoalStatus.ON_TRACK, GoalStatus.ON_TRACK, GoalStatus.OFF_TRACK), GoalStatus.OFF_TRACK),
                Arguments.of(List.of(GoalStatus.ON_TRACK, GoalStatus.ON_TRACK, GoalStatus.PARTLY, GoalStatus.OFF_TRACK), GoalStatus.PARTLY),
                Arguments.of(List.of(GoalStatus.NOT_ASSESSED), GoalStatus.NOT_ASSESSED));
    }

    @ParameterizedTest
    @MethodSource("areas")
    void targetAreaRollup(List<GoalStatus> goals, GoalStatus expected) {
        assertThat(Rollup.ofGoals(goals).status()).isEqualTo(expected);
    }

    static IndicatorAssessment assessment(IndicatorStatus status, Trend trend) {
        return new IndicatorAssessment(status, status, trend, null, 0, 0, null, 2025, null, false, null, null, null, false);
    }

    @Test
    void contributions() {
        assertThat(Contribution.of(assessment(IndicatorStatus.REACHED, Trend.WORSENING))).isEqualTo(ON_TRACK);
        assertThat(Contribution.of(assessment(IndicatorStatus.ON_TRACK, Trend.STABLE))).isEqualTo(ON_TRACK);
        assertThat(Contribution.of(assessment(IndicatorStatus.OFF_TRACK, Trend.IMPROVING))).isEqualTo(OFF_TRACK);
        // without a target the trend decides; stable or undirected trends do not count
        assertThat(Contribution.of(assessment(IndicatorStatus.NO_TARGET, Trend.IMPROVING))).isEqualTo(ON_TRACK);
        assertThat(Contribution.of(assessment(IndicatorStatus.NO_TARGET, Trend.WORSENING))).isEqualTo(OFF_TRACK);
        assertThat(Contribution.of(assessment(IndicatorStatus.NO_TARGET, Trend.STABLE))).isEqualTo(NOT_COUNTED);
        assertThat(Contribution.of(assessment(IndicatorStatus.NO_TARGET, Trend.RISING))).isEqualTo(NOT_COUNTED);
        // never red for a value not yet published, nor for too little data
        assertThat(Contribution.of(assessment(IndicatorStatus.NOT_YET_PUBLISHED, Trend.WORSENING))).isEqualTo(NOT_COUNTED);
        assertThat(Contribution.of(assessment(IndicatorStatus.INSUFFICIENT_DATA, Trend.INSUFFICIENT_DATA))).isEqualTo(NOT_COUNTED);
        assertThat(Contribution.of(null)).isEqualTo(NOT_COUNTED);
    }
}
