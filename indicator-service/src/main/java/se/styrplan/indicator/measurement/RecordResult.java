package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recording request did, value by value, in the order of the request. */
@Schema(name = "RecordMeasurementsResult", description = "What the request did to each value, in the order of the request")
public record RecordResult(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "Values in the request", examples = "3") int received,
        @Schema(description = "New values", examples = "2") int inserted,
        @Schema(description = "Changed values (their earlier state is in the history)", examples = "1") int corrected,
        @Schema(description = "Values equal to the stored ones: nothing written, nothing audited, no event", examples = "0")
        int unchanged,
        @Schema(description = "Each value as stored after the request, in the order of the request") List<Row> values) {

    @Schema(name = "RecordedMeasurement", description = "One value after the request, and what the request did to it")
    public record Row(
            @Schema(description = "The area's code", examples = "1780") String areaCode,
            @Schema(description = "Year or half-year", examples = "2024") String period,
            @Schema(description = "T, K or M", examples = "T") Gender gender,
            @Schema(description = "The value; absent when suppressed", examples = "41.5") BigDecimal value,
            @Schema(description = "The value's status", examples = "final") MeasurementStatus status,
            @Schema(description = "How the stored value arrived (unchanged values keep theirs)", examples = "manual") MeasurementSource source,
            @Schema(description = "The stored revision", examples = "1") int revision,
            @Schema(description = "Who recorded the stored state", examples = "erik") String recordedBy,
            @Schema(description = "When the stored state was recorded") OffsetDateTime recordedAt,
            @Schema(description = "What this request did to the value", examples = "inserted") RecordOutcome outcome) {

        static Row of(Measurement m, RecordOutcome outcome) {
            return new Row(m.key.areaCode, m.key.period, Gender.valueOf(m.key.gender), m.value, m.status, m.source, m.revision,
                    m.recordedBy, m.recordedAt, outcome);
        }
    }
}
