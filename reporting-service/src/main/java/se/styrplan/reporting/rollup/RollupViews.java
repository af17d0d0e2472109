package se.styrplan.reporting.rollup;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.reporting.api.ReportViews.GoalCounts;
import se.styrplan.reporting.api.ReportViews.IndicatorCounts;
import se.styrplan.reporting.api.ReportViews.TargetAreaSummary;
import se.styrplan.reporting.status.GoalStatus;

/** The roll-ups beside the goals' own. */
public final class RollupViews {

    private RollupViews() {
    }

    @Schema(name = "TargetAreaRollups", description = "Each target area of the adopted plans with the roll-up of its goals")
    public record TargetAreaRollups(List<TargetAreaSummary> targetAreas) {
    }

    @Schema(name = "SdgStatus", description = "An Agenda 2030 goal and the roll-up of the adopted goals linked to it")
    public record SdgRollup(int sdg, @Schema(examples = "11. Hållbara städer och samhällen") String title, GoalStatus status,
            GoalCounts goals, @Schema(description = "The goals linked to it, in the plans' order") List<UUID> goalIds) {
    }

    @Schema(name = "SdgRollups", description = "Every Agenda 2030 goal that an adopted goal is linked to")
    public record SdgRollups(List<SdgRollup> sdgs) {
    }

    @Schema(name = "DepartmentStatus", description = "A department and the roll-up of the indicators it owns that follow "
            + "up adopted goals (each indicator once), by the goal rule")
    public record DepartmentRollup(String department, GoalStatus status, IndicatorCounts indicators,
            @Schema(description = "The goals these indicators follow up") List<UUID> goalIds) {
    }

    @Schema(name = "DepartmentRollups", description = "Every department that owns an indicator of an adopted goal")
    public record DepartmentRollups(List<DepartmentRollup> departments) {
    }
}
