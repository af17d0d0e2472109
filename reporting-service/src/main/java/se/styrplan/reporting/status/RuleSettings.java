package se.styrplan.reporting.status;

/**
 * What the rules need besides the series.
 *
 * @param referenceYear        the current year (the rules never read the clock themselves)
 * @param publicationLagYears  how many years after a year its value is expected (Kolada: 1); the expected latest
 *                             year is {@code referenceYear - publicationLagYears}
 * @param trendWindowYears     the trend and the forecast use the values of the last this-many years
 * @param stableThreshold      a trend is stable when |slope| per year is below this share of the mean (0.01 = 1 %);
 *                             also the tolerance of a target when the direction is {@code none}
 */
public record RuleSettings(int referenceYear, int publicationLagYears, int trendWindowYears, double stableThreshold) {

    public static final int DEFAULT_LAG = 1;
    public static final int DEFAULT_WINDOW = 10;
    public static final double DEFAULT_STABLE = 0.01;

    public RuleSettings {
        if (publicationLagYears < 0 || trendWindowYears < 2 || stableThreshold < 0) {
            throw new IllegalArgumentException("lag >= 0, window >= 2 and threshold >= 0 are required");
        }
    }

    public static RuleSettings defaults(int referenceYear) {
        return new RuleSettings(referenceYear, DEFAULT_LAG, DEFAULT_WINDOW, DEFAULT_STABLE);
    }

    public int expectedYear() {
        return referenceYear - publicationLagYears;
    }

    /** Identifies the settings a stored status was computed with; a status whose basis differs is recomputed. */
    public String basis(String area) {
        return area + "|" + referenceYear + "|" + publicationLagYears + "|" + trendWindowYears + "|" + stableThreshold;
    }
}
