package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.styrplan.indicator.catalogue.IndicatorUnit;

/**
 * What makes a value, a period or a year acceptable. Shared by measurements and targets; each method returns why
 * the input is refused, or null when it is fine, so that a batch can report every bad row at once.
 */
public final class ValueRules {

    /** The municipality's calendar decides which year it is. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Pattern AREA_CODE = Pattern.compile("^[0-9]{4}$");
    /** A year ({@code 2024}) or a half-year ({@code 2024H1}, {@code 2024H2}). */
    public static final Pattern PERIOD = Pattern.compile("^([0-9]{4})(H[12])?$");
    public static final int FIRST_YEAR = 1950;
    /** Values are measures of a municipality, not astronomy: this bounds them well beyond any real indicator. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000000");
    static final int MAX_DECIMALS = 10;

    private ValueRules() {
    }

    /** The latest year a value may be recorded for: next year (preliminary figures, budgets), never later. */
    public static int lastYear() {
        return Year.now(ZONE).getValue() + 1;
    }

    public static String periodProblem(String period) {
        if (period == null || period.isBlank()) {
            return "is required: a year such as 2024, or a half-year such as 2024H1";
        }
        Matcher matcher = PERIOD.matcher(period);
        if (!matcher.matches()) {
            return "must be a year such as 2024, or a half-year such as 2024H1 or 2024H2";
        }
        return yearProblem(Integer.parseInt(matcher.group(1)), lastYear());
    }

    public static String yearProblem(int year, int lastYear) {
        if (year < FIRST_YEAR || year > lastYear) {
            return "the year must be between " + FIRST_YEAR + " and " + lastYear;
        }
        return null;
    }

    /** Why {@code value} cannot be a value of an indicator measured in {@code unit}, or null. */
    public static String valueProblem(BigDecimal value, IndicatorUnit unit) {
        String problem = valueProblem(value);
        if (problem != null) {
            return problem;
        }
        BigDecimal[] range = rangeOf(unit);
        if (range != null && (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0)) {
            return rangeProblem(range[0], range[1], unit);
        }
        return null;
    }

    /** Why {@code value} cannot be a value of any indicator (too large, too many decimals), or null. */
    public static String valueProblem(BigDecimal value) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            return "must be a finite number between -1e15 and 1e15";
        }
        if (normalised(value).scale() > MAX_DECIMALS) {
            return "must have at most " + MAX_DECIMALS + " decimals";
        }
        return null;
    }

    /** The message for a value outside its unit's range; the imports' set-based check writes the same words. */
    public static String rangeProblem(BigDecimal low, BigDecimal high, IndicatorUnit unit) {
        return "must be between " + low.toPlainString() + " and " + high.toPlainString() + " for the unit " + unit.code();
    }

    /** The bounds a unit implies, or null when it implies none. */
    public static BigDecimal[] rangeOf(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT, INDEX_0_100 -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.valueOf(100) };
            case GRADE_1_6 -> new BigDecimal[] { BigDecimal.ONE, BigDecimal.valueOf(6) };
            default -> null;
        };
    }

    /** One spelling per number: 41.50 and 41.5 are the same value, and 1E+2 is written 100. */
    public static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Equal as numbers (41.5 = 41.50), and both null counts as equal. */
    public static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
