package se.styrplan.plan.version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.plan.structure.StructureViews.SectionView;
import se.styrplan.plan.structure.StructureViews.TargetAreaNode;

/** What the API shows and takes of plans and their versions. */
public final class VersionViews {

    private VersionViews() {
    }

    @Schema(name = "Plan", description = "A municipality's strategic plan")
    public record PlanView(
            UUID id,
            @Schema(examples = "strategisk-plan") String key,
            @Schema(examples = "Strategisk plan") String title,
            @Schema(examples = "1780") String municipalityCode,
            @Schema(examples = "Karlstads kommun") String municipalityName,
            @Schema(description = "The adopted version in force, if any", nullable = true) UUID currentVersionId) {

        public static PlanView of(Plan plan) {
            PlanVersion current = PlanVersion.current(plan.id);
            return new PlanView(plan.id, plan.key, plan.title, plan.municipalityCode, plan.municipalityName,
                    current == null ? null : current.id);
        }
    }

    @Schema(name = "PlanVersion", description = "A version of a plan: a draft, or an adopted public record that never changes")
    public record VersionView(
            UUID id,
            UUID planId,
            @Schema(description = "1, 2, 3 … within the plan") int number,
            @Schema(examples = "Strategisk plan från 2023") String label,
            @Schema(enumeration = { "draft", "adopted" }) VersionStatus status,
            @Schema(description = "The version this one was made from", nullable = true) UUID basedOn,
            @Schema(description = "Date of the decision that adopted it", nullable = true) LocalDate decidedOn,
            @Schema(description = "The deciding body", examples = "Kommunfullmäktige", nullable = true) String decidedBy,
            @Schema(description = "The decision's case number (diarienummer)", examples = "KS-2023/123", nullable = true) String caseNumber,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime adoptedAt) {

        public static VersionView of(PlanVersion v) {
            return new VersionView(v.id, v.planId, v.number, v.label, v.status, v.basedOn, v.decidedOn, v.decidedBy,
                    v.caseNumber, v.createdAt, v.adoptedAt);
        }
    }

    @Schema(name = "VersionTree", description = "A whole version in one document: sections, then target areas → goals → indicators")
    public record VersionTree(PlanView plan, VersionView version, List<SectionView> sections, List<TargetAreaNode> targetAreas) {
    }

    @Schema(name = "DraftInput", description = "A new draft version, copied from an existing version of the same plan")
    public record DraftInput(
            @Schema(description = "The version to copy; the version in force when absent", nullable = true) UUID basedOn,
            @Schema(examples = "Strategisk plan, revidering 2025") @NotBlank @Size(max = 300) String label) {
    }

    @Schema(name = "AdoptionInput", description = "The decision that adopts a version")
    public record AdoptionInput(
            @Schema(description = "Date of the decision", examples = "2025-06-12") @NotNull @PastOrPresent LocalDate decidedOn,
            @Schema(examples = "Kommunfullmäktige") @NotBlank @Size(max = 200) String decidedBy,
            @Schema(description = "Case number (diarienummer), if any", examples = "KS-2025/0457", nullable = true)
            @Size(max = 100) String caseNumber) {
    }
}
