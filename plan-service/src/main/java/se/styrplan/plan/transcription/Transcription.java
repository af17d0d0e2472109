package se.styrplan.plan.transcription;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A structured transcription of a plan document with its proposed revision, in the format documented in
 * {@code deploy/seed/README.md} and {@code karlstad-strategisk-plan.schema.json}. Only the parts plan-service
 * uses are mapped; the rest of the document (notes, indicator metadata) is ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Transcription", description = "A transcribed plan document (deploy/seed/karlstad-strategisk-plan.schema.json)")
public record Transcription(
        @NotNull @Min(1) @Max(1) Integer schemaVersion,
        @Valid Source source,
        @Valid @NotNull PlanHead plan,
        @NotNull @Size(max = 100) List<@Valid @NotNull Section> sections,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull TargetArea> targetAreas,
        @NotNull @Size(max = 2000) List<@Valid @NotNull Indicator> indicators,
        @Size(max = 20) List<@Valid @NotNull Proposal> proposals) {

    /** How a text run or an item is marked in the proposal. */
    public static final String UNCHANGED = "unchanged";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionSource")
    public record Source(@Valid Municipality municipality) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionMunicipality")
    public record Municipality(@Size(max = 10) String code, @Size(max = 200) String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionPlanHead")
    public record PlanHead(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String title,
            @Valid @NotNull BaseVersion baseVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionBaseVersion")
    public record BaseVersion(@NotBlank @Size(max = 300) String label, Integer year) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionSection")
    public record Section(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String title, String change,
            @Size(max = 100) List<@Valid @NotNull Block> blocks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionTargetArea")
    public record TargetArea(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String title, String change,
            @Size(max = 100) List<@Valid @NotNull Block> description, @Size(max = 100) List<@Valid @NotNull Goal> goals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionGoal")
    public record Goal(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 500) String title, @NotBlank String change,
            @NotNull @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            @Size(max = 100) List<@Valid @NotNull Block> description,
            @Size(max = 100) List<@Valid @NotNull IndicatorLink> indicators,
            @Size(max = 300) String responsibleBody,
            @Schema(description = "The proposal's \"Kommentar\" on the goal") @Size(max = 20_000) String comment,
            @Schema(description = "The proposal's \"Motivering till förändring\": paragraphs of text runs")
            @Size(max = 100) List<@NotNull @Size(max = 200) List<@Valid @NotNull Segment>> motivation,
            @Schema(description = "A line of the indicator list that is not an indicator") @Size(max = 2000) String indicatorNote,
            Boolean uncertain,
            @Size(max = 20_000) String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionIndicatorLink")
    public record IndicatorLink(@NotBlank @Size(max = 100) String indicatorKey, @NotBlank String change,
            @Size(max = 20_000) String comment, Boolean uncertain, @Size(max = 20_000) String note) {
    }

    /** A proposal of the document; a "revision" is made of the marks throughout the file, a "statement" is text only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionProposal")
    public record Proposal(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 500) String title, @NotBlank String kind,
            @Valid Author author, @Valid TranscribedStatement statement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionAuthor")
    public record Author(@Schema(enumeration = { "party_group", "central_office" }) @Size(max = 50) String kind,
            @Size(max = 300) String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionStatement")
    public record TranscribedStatement(
            @Size(max = 100) List<@NotNull @Size(max = 200) List<@Valid @NotNull Segment>> intro,
            @Size(max = 100) List<@NotNull @Size(max = 20_000) String> priorities,
            @Size(max = 100) List<@NotNull @Size(max = 200) List<@Valid @NotNull Segment>> closing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionIndicator")
    public record Indicator(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 1000) String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionBlock")
    public record Block(@Size(max = 300) String heading, @NotNull @Size(max = 200) List<@NotNull List<@Valid @NotNull Segment>> paragraphs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "TranscriptionSegment")
    public record Segment(@NotNull @Size(max = 20_000) String text, @NotBlank String mark, Boolean uncertain,
            @Size(max = 20_000) String note) {
    }
}
