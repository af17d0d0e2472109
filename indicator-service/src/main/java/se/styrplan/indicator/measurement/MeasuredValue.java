package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current state of one value, with its provenance. Also the audit log's snapshot of a value. */
@Schema(name = "MeasuredValue", description = "A value of an indicator for an area, period and gender, with its provenance")
public record MeasuredValue(
        @Schema(description = "The indicator's id") UUID indicatorId,
        @Schema(description = "The area's code", examples = "1780") String areaCode,
        @Schema(description = "Year or half-year", examples = "2024") String period,
        @Schema(description = "T, K or M", examples = "T") Gender gender,
        @Schema(description = "The value; absent when suppressed", examples = "41.5") BigDecimal value,
        @Schema(description = "How far the value can be trusted", examples = "final") MeasurementStatus status,
        @Schema(description = "How the value arrived", examples = "manual") MeasurementSource source,
        @Schema(description = "1 when first recorded, one more with every correction", examples = "1") int revision,
        @Schema(description = "Who recorded this state: username, client id or 'system'", examples = "erik") String recordedBy,
        @Schema(description = "When this state was recorded") OffsetDateTime recordedAt,
        @Schema(description = "The import job that wrote it, if any") UUID importJobId) {

    static MeasuredValue of(Measurement m) {
        return new MeasuredValue(m.key.indicatorId, m.key.areaCode, m.key.period, Gender.valueOf(m.key.gender), m.value,
                m.status, m.source, m.revision, m.recordedBy, m.recordedAt, m.importJobId);
    }
}
