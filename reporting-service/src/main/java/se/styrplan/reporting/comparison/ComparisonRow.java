package se.styrplan.reporting.comparison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of an indicator: the own municipality against its comparison set and the country, and by gender. */
@Schema(name = "ComparisonRow", description = "One period: own value, comparison set median, Riket, and the own women and men")
public record ComparisonRow(
        String period,
        @Schema(description = "The own municipality, gender T; null when missing or suppressed") Double own,
        @Schema(description = "final, preliminary, suppressed or synthetic") String ownStatus,
        @Schema(description = "Median of the comparison municipalities that have a value (gender T)") Double comparisonMedian,
        @Schema(description = "How many comparison municipalities have a value") int comparisonCount,
        @Schema(description = "Riket (0000), gender T") Double country,
        @Schema(description = "The own municipality, women (K)") Double women,
        @Schema(description = "The own municipality, men (M)") Double men) {
}
