package se.styrplan.reporting.status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules' verdict on one indicator for the own area (gender T), with the numbers behind it.
 *
 * @param status          the headline: {@code not_yet_published} when the latest due value is missing, else
 *                        {@link #targetStatus}
 * @param targetStatus    reached / on_track / off_track / no_target / insufficient_data, judged on the values there are
 * @param trend           the direction of the values of the trend window
 * @param slopePerYear    the least-squares slope of that window, in the indicator's unit per year
 * @param points          usable values of the total (suppressed ones are not counted)
 * @param trendPoints     values in the trend window (the last {@code trendWindowYears} years)
 * @param latest          the latest usable value
 * @param expectedYear    the latest year whose value should be published by now
 * @param missingPeriod   the period that is due but not published (with {@code not_yet_published})
 * @param stale           more than the latest due period is missing: the series has stopped, judged as it is
 * @param target          the target judged (the latest target year)
 * @param forecast        the trend's forecast to the target year, with its 95 % prediction interval
 * @param genderGap       women minus men in the latest period where both have values
 * @param includesSynthetic some values are generated demo data
 */
public record IndicatorAssessment(
        IndicatorStatus status,
        IndicatorStatus targetStatus,
        Trend trend,
        Double slopePerYear,
        int points,
        int trendPoints,
        Latest latest,
        int expectedYear,
        String missingPeriod,
        boolean stale,
        TargetInfo target,
        Forecast forecast,
        GenderGap genderGap,
        boolean includesSynthetic) {

    @Schema(name = "LatestValue", description = "The latest usable value of the total")
    public record Latest(String period, double value, String status) {
    }

    @Schema(name = "JudgedTarget", description = "The target the status is judged against: the latest target year")
    public record TargetInfo(int year, double value, String comment) {
    }

    @Schema(name = "Forecast", description = "The least-squares trend's value at the target year, with its prediction interval")
    public record Forecast(String period, double value, double lower, double upper, double confidence) {
    }

    @Schema(name = "GenderGap", description = "Women (K) minus men (M) in the latest period where both have a value")
    public record GenderGap(String period, double women, double men, double gap) {
    }
}
