package se.styrplan.indicator.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.indicator.measurement.Gender;

/** A target as the API shows it; also the audit log's snapshot of a target. */
@Schema(name = "Target", description = "The desired value of an indicator in a year")
public record TargetView(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "The year", examples = "2030") int year,
        @Schema(description = "T, K or M", examples = "T") Gender gender,
        @Schema(description = "The desired value", examples = "75") BigDecimal value,
        @Schema(description = "Why this target", examples = "Enligt klimatstrategin") String comment,
        @Schema(description = "Who set it", examples = "petra") String setBy,
        @Schema(description = "When it was set") OffsetDateTime setAt) {

    static TargetView of(Target t) {
        return new TargetView(t.key.indicatorId, t.key.year, Gender.valueOf(t.key.gender), t.value, t.comment, t.setBy, t.setAt);
    }
}
