package se.styrplan.plan.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.plan.version.VersionViews.VersionView;

/** What the API shows and takes of proposals. */
public final class ProposalViews {

    private ProposalViews() {
    }

    @Schema(name = "ProposalAuthor", description = "Who proposes: a party group or the central office")
    public record Author(
            AuthorKind kind,
            @Schema(description = "The party group's code (Keycloak group /party-groups/<code>)", examples = "blagrona-styret", nullable = true)
            String group,
            @Schema(description = "The author as the proposal names it", examples = "Blågröna styret") String name) {
    }

    @Schema(name = "Proposal", description = "A proposal to revise the plan (a working copy of it, with comments and motivations), or a statement")
    public record ProposalView(
            UUID id,
            UUID planId,
            @Schema(description = "Stable, readable key, unique in the plan", examples = "blagrona-styret-revidering-2023") String key,
            @Schema(examples = "Blågröna styrets förslag till revidering av Strategisk plan från 2023") String title,
            ProposalKind kind,
            ProposalStatus status,
            Author author,
            @Schema(description = "The version the proposal revises") UUID baseVersionId,
            @Schema(description = "A revision's working copy: edit it with the plan structure operations while the proposal is a draft",
                    nullable = true) UUID draftVersionId,
            @Schema(description = "A statement's text", nullable = true) Statement statement,
            @Schema(description = "Who created it (absent in public reads)", nullable = true) String createdBy,
            OffsetDateTime createdAt,
            @Schema(description = "When it was submitted: from then on it is a public record", nullable = true) OffsetDateTime submittedAt,
            @Schema(description = "Date of the decision that adopted or rejected it", nullable = true) LocalDate decidedOn,
            @Schema(description = "The deciding body", examples = "Kommunfullmäktige", nullable = true) String decidedBy,
            @Schema(description = "The decision's case number (diarienummer)", nullable = true) String caseNumber,
            @Schema(description = "The version its adoption made", nullable = true) UUID adoptedVersionId,
            @Schema(description = "Comments, motivations and reading notes by item") List<NoteView> notes) {
    }

    @Schema(name = "ProposalInput", description = "A new proposal: a revision (a working copy of the plan in force is made for it) or a statement")
    public record ProposalInput(
            @NotNull UUID planId,
            @NotNull ProposalKind kind,
            @Schema(examples = "Förslag till revidering av Strategisk plan") @NotBlank @Size(max = 500) String title,
            @Schema(description = "Default: a party group for a party group's member; the central office for planners unless authorGroup is given",
                    nullable = true) AuthorKind authorKind,
            @Schema(description = "The party group's code; a party group's member may leave it out when they belong to one group only",
                    examples = "blagrona-styret", nullable = true)
            @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a party group code, e.g. blagrona-styret") String authorGroup,
            @Schema(description = "The author as the proposal names it; the group's code or the central office by default", nullable = true)
            @Size(max = 300) String authorName,
            @Schema(description = "A statement's text", nullable = true) @Valid Statement statement) {
    }

    @Schema(name = "ProposalUpdate", description = "A draft proposal's title, and a statement's text")
    public record ProposalUpdate(
            @NotBlank @Size(max = 500) String title,
            @Schema(description = "A statement's text (statements only)", nullable = true) @Valid Statement statement) {
    }

    @Schema(name = "ProposalNoteInput", description = "A comment and motivation for one item; all empty removes the note")
    public record NoteInput(
            @Schema(description = "\"Kommentar\"", nullable = true) @Size(max = 20_000) String comment,
            @Schema(description = "\"Motivering till förändring\"; paragraphs separated by a blank line", nullable = true)
            @Size(max = 20_000) String motivation,
            @Schema(description = "The item's reading is uncertain", nullable = true) Boolean uncertain,
            @Schema(description = "A remark", nullable = true) @Size(max = 20_000) String note) {
    }

    @Schema(name = "RejectionInput", description = "The decision that rejects a proposal, if there was one")
    public record RejectionInput(
            @Schema(nullable = true) @PastOrPresent LocalDate decidedOn,
            @Schema(examples = "Kommunfullmäktige", nullable = true) @Size(max = 200) String decidedBy,
            @Schema(nullable = true) @Size(max = 100) String caseNumber) {
    }

    @Schema(name = "Comparison", description = "The changes from one version to another, by stable item key")
    public record ComparisonView(
            @Schema(description = "The proposal compared with its base, if any", nullable = true) UUID proposalId,
            @Schema(nullable = true) VersionView from,
            @Schema(description = "Absent for a statement, which changes nothing", nullable = true) VersionView to,
            List<Change> changes) {
    }

    @Schema(name = "ProposalComparison", description = "Proposals on the same base side by side: each one's changes per item, and where they conflict")
    public record ProposalComparisonView(
            VersionView base,
            List<ProposalView> proposals,
            @Schema(description = "Every item some proposal changes, in the order of the first proposal's changes") List<ComparedItem> items,
            @Schema(description = "Items two proposals change differently: adopting one makes the other's adoption fail") List<ConflictView> conflicts) {
    }

    @Schema(name = "ComparedItem", description = "One item and how each proposal changes it")
    public record ComparedItem(ItemKind itemKind, String itemKey, String title, List<ProposalChange> changes) {
    }

    @Schema(name = "ProposalChange", description = "A proposal's change of an item")
    public record ProposalChange(UUID proposalId, Change change) {
    }

    @Schema(name = "ProposalConflict", description = "An item that two or more proposals change differently")
    public record ConflictView(ItemKind itemKind, String itemKey, String title, List<UUID> proposalIds, String reason) {
    }
}
