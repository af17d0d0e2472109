package se.styrplan.reporting.status;

/**
 * One value of a series: {@code value} is null when there is none (suppressed, Kolada's ".."); {@code status} is
 * indicator-service's code (final, preliminary, suppressed, synthetic).
 */
public record Observation(Period period, Double value, String status) {

    public static final String SUPPRESSED = "suppressed";
    public static final String SYNTHETIC = "synthetic";

    public static Observation of(String period, Double value) {
        return new Observation(Period.parse(period), value, "final");
    }

    /** A value the rules can use: present, finite and not suppressed. */
    public boolean usable() {
        return value != null && !value.isNaN() && !value.isInfinite() && !SUPPRESSED.equals(status);
    }

    public double x() {
        return period.x();
    }
}
