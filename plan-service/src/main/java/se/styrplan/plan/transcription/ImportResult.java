package se.styrplan.plan.transcription;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import of a transcription did")
public record ImportResult(
        @Schema(description = "created: something was made now; unchanged: everything existed already", enumeration = { "created", "unchanged" })
        String status,
        UUID planId,
        @Schema(description = "The adopted version the document revises") VersionCounts base,
        @Schema(description = "A draft version holding the document's proposed revision (its proposal's working copy), if it has one", nullable = true) VersionCounts proposed,
        @Schema(description = "The document's proposals, made now or found") List<ImportedProposal> proposals) {

    @Schema(name = "ImportedProposal", description = "A proposal an import made or found")
    public record ImportedProposal(UUID id, String key, @Schema(enumeration = { "revision", "statement" }) String kind, String status) {
    }

    @Schema(name = "ImportedVersion", description = "A version an import made or found, and what it holds")
    public record VersionCounts(UUID versionId, String label, String status, int sections, int targetAreas, int goals, int indicatorLinks) {
    }
}
