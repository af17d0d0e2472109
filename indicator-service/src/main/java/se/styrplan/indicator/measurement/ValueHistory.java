package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value as it is now, and every state it had before, newest first. */
@Schema(name = "ValueHistory", description = "A value as it is now and every earlier state it had, newest first")
public record ValueHistory(
        @Schema(description = "The value as it is now") MeasuredValue current,
        @Schema(description = "Every earlier state, newest first; empty when the value was never corrected") List<Correction> corrections) {

    @Schema(name = "ValueCorrection", description = "An earlier state of a value, and the correction that replaced it")
    public record Correction(
            @Schema(description = "The revision of the replaced state", examples = "1") int revision,
            @Schema(description = "The replaced value; absent when it was suppressed", examples = "41.5") BigDecimal value,
            @Schema(description = "The replaced status", examples = "preliminary") MeasurementStatus status,
            @Schema(description = "How the replaced value had arrived", examples = "kolada") MeasurementSource source,
            @Schema(description = "Who had recorded the replaced state", examples = "system") String recordedBy,
            @Schema(description = "When the replaced state had been recorded") OffsetDateTime recordedAt,
            @Schema(description = "The import job that had written it, if any") UUID importJobId,
            @Schema(description = "Who replaced it", examples = "erik") String changedBy,
            @Schema(description = "When it was replaced") OffsetDateTime changedAt,
            @Schema(description = "The revision the correction created", examples = "2") int newRevision) {

        static Correction of(MeasurementHistoryEntry e) {
            return new Correction(e.revision, e.value, e.status, e.source, e.recordedBy, e.recordedAt, e.importJobId,
                    e.changedBy, e.changedAt, e.newRevision);
        }
    }
}
