package se.styrplan.indicator.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as the API shows it. */
@Schema(name = "ImportJob", description = "An import: what it is, where it is, what it did so far")
public record ImportJobView(
        @Schema(description = "The job's id") UUID id,
        @Schema(description = "How the values arrive", examples = "bulk") ImportKind kind,
        @Schema(description = "Where the job is", examples = "succeeded") ImportStatus status,
        @Schema(description = "csv, ndjson, xlsx, kolada or demo", examples = "csv") String format,
        @Schema(description = "An uploaded file's name, as the client gave it") String fileName,
        @Schema(description = "Rows read so far", examples = "3") long received,
        @Schema(description = "New values", examples = "2") long inserted,
        @Schema(description = "Corrected values (their earlier state is in the value's history)", examples = "0") long updated,
        @Schema(description = "Values equal to the stored ones: nothing written, no event", examples = "0") long unchanged,
        @Schema(description = "Rows refused, each listed with its line and reason under /rejections", examples = "1") long rejected,
        @Schema(description = "Chunks committed; each chunk is applied whole or not at all", examples = "1") int chunks,
        @Schema(description = "How far the job has come") Progress progress,
        @Schema(description = "Who started it: username, client id, or 'system' for the schedule", examples = "petra") String createdBy,
        @Schema(description = "When it was asked for") OffsetDateTime createdAt,
        @Schema(description = "When it started running") OffsetDateTime startedAt,
        @Schema(description = "When it finished") OffsetDateTime finishedAt,
        @Schema(description = "Why it failed (only when failed)") String failureReason) {

    @Schema(name = "ImportProgress", description = "Work done so far; total is absent while unknown")
    public record Progress(
            @Schema(description = "Work done", examples = "1048576") long done,
            @Schema(description = "All the work, when known", examples = "2097152") Long total,
            @Schema(description = "What is counted: bytes of the body, rows, or requests to the source", examples = "bytes",
                    enumeration = { "bytes", "rows", "requests" }) String unit,
            @Schema(description = "done / total in percent, when the total is known", examples = "50") Integer percent) {
    }

    static ImportJobView of(ImportJob job) {
        Integer percent = job.workTotal == null || job.workTotal <= 0 ? null
                : (int) Math.min(100, job.workDone * 100 / job.workTotal);
        return new ImportJobView(job.id, job.kind, job.status, job.format, job.fileName, job.received, job.inserted, job.updated,
                job.unchanged, job.rejected, job.chunks, new Progress(job.workDone, job.workTotal, job.workUnit, percent),
                job.createdBy, job.createdAt, job.startedAt, job.finishedAt, job.failureReason);
    }
}
