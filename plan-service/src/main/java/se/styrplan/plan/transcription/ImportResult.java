package se.styrplan.plan.transcription;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import of a transcription did")
public record ImportResult(
        @Schema(description = "created: something was made now; unchanged: everything existed already", enumeration = { "created", "unchanged" })
        String status,
        UUID planId,
        @Schema(description = "The adopted version the document revises") VersionCounts base,
        @Schema(description = "A draft version holding the document's proposed revision, if it has one", nullable = true) VersionCounts proposed) {

    @Schema(name = "ImportedVersion", description = "A version an import made or found, and what it holds")
    public record VersionCounts(UUID versionId, String label, String status, int sections, int targetAreas, int goals, int indicatorLinks) {
    }
}
