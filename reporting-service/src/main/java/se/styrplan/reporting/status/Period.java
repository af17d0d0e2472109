package se.styrplan.reporting.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measurement period: a year ({@code 2024}) or a half year ({@code 2024H1}, {@code 2024H2}). On the time axis of
 * the trend a year and its first half sit at {@code year}, the second half at {@code year + 0.5}, so slopes are per year.
 */
public record Period(int year, int half) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:H([12]))?");

    public Period {
        if (half < 0 || half > 2) {
            throw new IllegalArgumentException("half must be 0 (whole year), 1 or 2");
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static Period parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a period (YYYY or YYYYH1/H2): " + code);
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The period at position {@code x} of the time axis: a year, or a half year when {@code halfYears}. */
    public static Period at(double x, boolean halfYears) {
        int year = (int) Math.floor(x + 1e-9);
        if (!halfYears) {
            return new Period(year, 0);
        }
        return new Period(year, x - year > 0.25 ? 2 : 1);
    }

    public boolean isHalfYear() {
        return half != 0;
    }

    /** Position on the time axis, in years. */
    public double x() {
        return half == 2 ? year + 0.5 : year;
    }

    public String code() {
        return half == 0 ? Integer.toString(year) : year + "H" + half;
    }

    @Override
    public int compareTo(Period other) {
        int byX = Double.compare(x(), other.x());
        return byX != 0 ? byX : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return code();
    }
}
