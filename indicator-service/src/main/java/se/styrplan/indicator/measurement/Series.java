package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.indicator.area.AreaView;
import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorUnit;

/** An indicator's values for one area and gender over the periods, in period order. */
@Schema(name = "Series", description = "An indicator's values for one area and gender, in period order")
public record Series(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "The indicator's key", examples = "hotellovernattningar") String indicatorKey,
        @Schema(description = "The indicator's unit", examples = "percent") IndicatorUnit unit,
        @Schema(description = "The unit as the plan says it", examples = "andel (%)") String unitLabel,
        @Schema(description = "Which way is better", examples = "higher_is_better") Direction direction,
        @Schema(description = "The area") AreaView area,
        @Schema(description = "T, K or M", examples = "T") Gender gender,
        @Schema(description = "The values in period order ('2024' before '2024H1' before '2024H2')") List<Point> points) {

    @Schema(name = "SeriesPoint", description = "One value of a series")
    public record Point(
            @Schema(description = "Year or half-year", examples = "2024") String period,
            @Schema(description = "The value; absent when suppressed", examples = "41.5") BigDecimal value,
            @Schema(description = "The value's status", examples = "final") MeasurementStatus status,
            @Schema(description = "How the value arrived", examples = "kolada") MeasurementSource source,
            @Schema(description = "1 when first recorded, one more with every correction", examples = "1") int revision,
            @Schema(description = "When the value was last recorded") OffsetDateTime recordedAt) {
    }
}
