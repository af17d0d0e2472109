package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.IndicatorUnit;

/** The rules without the service around them: units, periods, spellings of numbers, the median. */
class ValueRulesTest {

    @Test
    void codesListedForValidationAreExactlyTheConstants() {
        assertThat(Gender.CODES).isEqualTo(codes(Gender.values()));
        assertThat(MeasurementStatus.CODES).isEqualTo(codes(MeasurementStatus.values()));
    }

    @Test
    void percentAndIndexLieBetweenZeroAndOneHundredOtherUnitsAreOpen() {
        assertThat(ValueRules.valueProblem(new BigDecimal("100"), IndicatorUnit.PERCENT)).isNull();
        assertThat(ValueRules.valueProblem(new BigDecimal("100.01"), IndicatorUnit.PERCENT)).contains("between 0 and 100");
        assertThat(ValueRules.valueProblem(new BigDecimal("-0.01"), IndicatorUnit.INDEX_0_100)).isNotNull();
        assertThat(ValueRules.valueProblem(new BigDecimal("6.5"), IndicatorUnit.GRADE_1_6)).isNotNull();
        assertThat(ValueRules.valueProblem(new BigDecimal("-120"), IndicatorUnit.COUNT)).isNull();
        assertThat(ValueRules.valueProblem(new BigDecimal("1E+15"), IndicatorUnit.COUNT)).isNotNull();
    }

    @Test
    void periodsAreYearsOrHalfYearsUpToNextYear() {
        int next = ValueRules.lastYear();
        assertThat(ValueRules.periodProblem("2024")).isNull();
        assertThat(ValueRules.periodProblem("2024H2")).isNull();
        assertThat(ValueRules.periodProblem(next + "H2")).isNull();
        assertThat(ValueRules.periodProblem(String.valueOf(next + 1))).contains(String.valueOf(next));
        assertThat(ValueRules.periodProblem("2024H3")).isNotNull();
        assertThat(ValueRules.periodProblem(null)).contains("required");
    }

    @Test
    void aNumberHasOneSpelling() {
        assertThat(ValueRules.normalised(new BigDecimal("41.50"))).hasToString("41.5");
        assertThat(ValueRules.normalised(new BigDecimal("1E+2"))).hasToString("100");
        assertThat(ValueRules.normalised(new BigDecimal("0.000"))).hasToString("0");
        assertThat(ValueRules.sameValue(new BigDecimal("30"), new BigDecimal("30.0"))).isTrue();
        assertThat(ValueRules.sameValue(null, null)).isTrue();
        assertThat(ValueRules.sameValue(null, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void theMedianHasNoFloatingPointNoise() {
        assertThat(ComparisonService.median(List.of(new BigDecimal("41.3"), new BigDecimal("44.9")))).hasToString("43.1");
        assertThat(ComparisonService.median(List.of(new BigDecimal("0.1"), new BigDecimal("0.2")))).hasToString("0.15");
        assertThat(ComparisonService.median(List.of(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2")))).hasToString("2");
        assertThat(ComparisonService.median(List.of())).isNull();
    }

    private static String codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining("|"));
    }
}
