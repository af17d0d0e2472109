package se.styrplan.reporting.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.reporting.status.Contribution;
import se.styrplan.reporting.status.GoalStatus;
import se.styrplan.reporting.status.IndicatorAssessment;
import se.styrplan.reporting.status.IndicatorStatus;
import se.styrplan.reporting.status.Rollup;
import se.styrplan.reporting.status.Trend;

/** What the report endpoints return. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "GoalsReport", description = "The adopted plans' goals with their roll-up status, and the roll-ups of "
            + "their target areas and plans")
    public record GoalsReport(
            @Schema(description = "The municipality the statuses are computed for", examples = "1780") String ownArea,
            List<PlanSummary> plans,
            List<TargetAreaSummary> targetAreas,
            List<GoalSummary> goals) {
    }

    @Schema(name = "PlanStatus", description = "A plan's version in force and the roll-up of all its goals")
    public record PlanSummary(UUID planId, String planKey, String planTitle, UUID versionId, int versionNumber, String label,
            LocalDate decidedOn, GoalStatus status, GoalCounts goals) {
    }

    @Schema(name = "TargetAreaStatus", description = "A target area (målområde) and the roll-up of its goals")
    public record TargetAreaSummary(UUID planId, UUID targetAreaId, String key, String title, int position, GoalStatus status,
            GoalCounts goals) {
    }

    @Schema(name = "GoalCounts", description = "How many goals stand how")
    public record GoalCounts(int total, int onTrack, int partly, int offTrack, int notAssessed) {
        public static GoalCounts of(Rollup.GoalCounts c) {
            return new GoalCounts(c.total(), c.onTrack(), c.partly(), c.offTrack(), c.notAssessed());
        }
    }

    @Schema(name = "GoalSummary", description = "A goal of an adopted version and the roll-up of its indicators")
    public record GoalSummary(UUID goalId,
            @Schema(description = "Stable across versions; the goal's id is new in every version") String goalKey,
            UUID planId, UUID versionId, UUID targetAreaId, String targetAreaKey, String targetAreaTitle, String title,
            @Schema(description = "Agenda 2030 goals (1–17) in the plan's order") List<Integer> sdgs,
            String responsibleBody, int position, GoalStatus status, IndicatorCounts indicators, OffsetDateTime computedAt) {
    }

    @Schema(name = "IndicatorCounts", description = "How a goal's indicators counted in its roll-up")
    public record IndicatorCounts(int total, int onTrack, int offTrack, int notCounted) {
    }

    @Schema(name = "GoalReport", description = "A goal with the status of each of its indicators")
    public record GoalReport(GoalSummary goal, List<GoalIndicatorStatus> indicators,
            @Schema(description = "The owners' own judgement of each year, newest year first, next to the computed roll-up")
            List<se.styrplan.reporting.assessment.AssessmentViews.AssessmentView> assessments) {
    }

    @Schema(name = "GoalIndicatorStatus", description = "One indicator of a goal: how it counted in the roll-up, and its status")
    public record GoalIndicatorStatus(UUID indicatorId,
            @Schema(description = "The indicator as the plan words it") String titleInPlan,
            @Schema(description = "What it added to the goal's roll-up") Contribution counted,
            @Schema(description = "Its status; null when nothing has been published about the indicator yet") IndicatorStatusView status) {
    }

    @Schema(name = "IndicatorStatus", description = "An indicator's status for the own municipality, gender T: against its "
            + "target, its trend, its latest value, the forecast to the target year and the gender gap")
    public record IndicatorStatusView(
            UUID indicatorId, String key, String title, String unit, String unitLabel,
            @Schema(description = "higher_is_better, lower_is_better or none") String direction,
            String owningDepartment, String koladaKpiId,
            @Schema(description = "active or retired") String indicatorStatus,
            String areaCode,
            @Schema(examples = "T") String gender,
            @Schema(description = "The headline: not_yet_published when the latest due value is missing (never a "
                    + "failure), otherwise the target status") IndicatorStatus status,
            @Schema(description = "reached, on_track, off_track, no_target or insufficient_data, from the values there are")
            IndicatorStatus targetStatus,
            Trend trend,
            @Schema(description = "Least-squares slope of the trend window, in the indicator's unit per year") Double slopePerYear,
            @Schema(description = "Usable values of the total (suppressed ones not counted)") int points,
            @Schema(description = "Values the trend and forecast were fitted to") int trendPoints,
            IndicatorAssessment.Latest latest,
            @Schema(description = "The latest year whose value should be published by now") int expectedYear,
            @Schema(description = "The period due but not yet published") String missingPeriod,
            @Schema(description = "More than the latest due period is missing") boolean stale,
            IndicatorAssessment.TargetInfo target,
            IndicatorAssessment.Forecast forecast,
            IndicatorAssessment.GenderGap genderGap,
            @Schema(description = "Some values are generated demo data") boolean includesSynthetic,
            OffsetDateTime computedAt) {
    }
}
