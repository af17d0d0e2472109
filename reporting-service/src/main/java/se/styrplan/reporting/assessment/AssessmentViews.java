package se.styrplan.reporting.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the assessment endpoints take and return. */
public final class AssessmentViews {

    public static final int ANALYSIS_MAX = 4000;

    private AssessmentViews() {
    }

    @Schema(name = "GoalAssessmentRequest", description = "The owner's judgement of a goal for a year, with its analysis")
    public record AssessmentRequest(
            @NotNull @Pattern(regexp = Judgement.CODES, message = "must be uppfyllt, delvis_uppfyllt or ej_uppfyllt")
            @Schema(description = "uppfyllt, delvis_uppfyllt or ej_uppfyllt", required = true, examples = "delvis_uppfyllt")
            String judgement,
            @Size(max = ANALYSIS_MAX, message = "must be at most 4000 characters")
            @Schema(description = "The analysis: why the goal stands where it does (at most 4000 characters)", maxLength = ANALYSIS_MAX)
            String analysis) {
    }

    @Schema(name = "GoalAssessment", description = "An owner's judgement of a goal for a year: who entered it and when")
    public record AssessmentView(int year, String judgement,
            @Schema(description = "The judgement as readers see it", examples = "Delvis uppfyllt") String judgementLabel,
            String analysis, UUID goalId, String assessedBy, OffsetDateTime assessedAt) {

        public static AssessmentView of(GoalAssessment a) {
            return new AssessmentView(a.year, a.judgement, Judgement.fromCode(a.judgement).label(), a.analysis, a.goalId, a.assessedBy,
                    a.assessedAt);
        }
    }

    @Schema(name = "GoalAssessments", description = "A goal's assessments: the current one of each year and every entry")
    public record GoalAssessments(UUID goalId, String goalKey, UUID planId,
            @Schema(description = "The departments that own the goal's indicators: their editors may assess it") Set<String> departments,
            @Schema(description = "The current assessment of each year, newest year first") List<AssessmentView> current,
            @Schema(description = "Every entry, newest first") List<AssessmentView> history) {
    }
}
