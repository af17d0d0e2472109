package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.indicator.area.AreaKind;
import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorUnit;

/** The own municipality against its comparison municipalities and the country, for one period. */
@Schema(name = "Comparison", description = "The own municipality against the municipalities of a comparison set and the country, "
        + "for one period and gender")
public record Comparison(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "The indicator's key", examples = "hotellovernattningar") String indicatorKey,
        @Schema(description = "The indicator's unit", examples = "percent") IndicatorUnit unit,
        @Schema(description = "Which way is better", examples = "higher_is_better") Direction direction,
        @Schema(description = "Year or half-year", examples = "2024") String period,
        @Schema(description = "T, K or M", examples = "T") Gender gender,
        @Schema(description = "The comparison set's code", examples = "karlstad-jamforelse") String setCode,
        @Schema(description = "The comparison set's name", examples = "Karlstads jämförelsekommuner") String setName,
        @Schema(description = "The own municipality") ComparedArea own,
        @Schema(description = "The country (Riket), when the set includes it") ComparedArea country,
        @Schema(description = "The other members of the set (comparison municipalities), sorted by name") List<ComparedArea> peers,
        @Schema(description = "Median of the comparison municipalities' values (the own municipality and the country excluded; "
                + "missing and suppressed values skipped); absent when none has a value", examples = "43.1")
        BigDecimal peerMedian,
        @Schema(description = "How many comparison municipalities have a value", examples = "8") int peersWithValue) {

    @Schema(name = "ComparedArea", description = "An area's value in a comparison; value and status absent when nothing is recorded")
    public record ComparedArea(
            @Schema(description = "The area's code", examples = "0580") String code,
            @Schema(description = "The area's name", examples = "Linköping") String name,
            @Schema(description = "municipality, region or country", examples = "municipality") AreaKind kind,
            @Schema(description = "The value; absent when suppressed or not recorded", examples = "44.9") BigDecimal value,
            @Schema(description = "The value's status; absent when not recorded", examples = "final") MeasurementStatus status,
            @Schema(description = "How the value arrived; absent when not recorded", examples = "kolada") MeasurementSource source) {
    }
}
