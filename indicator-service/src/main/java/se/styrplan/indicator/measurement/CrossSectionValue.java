package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorUnit;

/** One indicator's value in a cross-section (one period, area and gender over all indicators). */
@Schema(name = "CrossSectionValue", description = "One indicator's value for the period, area and gender of a cross-section")
public record CrossSectionValue(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "The indicator's key", examples = "hotellovernattningar") String indicatorKey,
        @Schema(description = "The indicator's title", examples = "Hotellövernattningar, antal") String title,
        @Schema(description = "The indicator's unit", examples = "count") IndicatorUnit unit,
        @Schema(description = "Which way is better", examples = "higher_is_better") Direction direction,
        @Schema(description = "The department answering for the indicator", examples = "miljoforvaltningen") String owningDepartment,
        @Schema(description = "The area's code", examples = "1780") String areaCode,
        @Schema(description = "Year or half-year", examples = "2024") String period,
        @Schema(description = "T, K or M", examples = "T") Gender gender,
        @Schema(description = "The value; absent when suppressed", examples = "41.5") BigDecimal value,
        @Schema(description = "The value's status", examples = "final") MeasurementStatus status,
        @Schema(description = "How the value arrived", examples = "kolada") MeasurementSource source,
        @Schema(description = "1 when first recorded, one more with every correction", examples = "1") int revision,
        @Schema(description = "When the value was last recorded") OffsetDateTime recordedAt) {
}
