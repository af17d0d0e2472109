package se.styrplan.reporting.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.reporting.api.ReportQueries;
import se.styrplan.reporting.api.ReportViews.GoalCounts;
import se.styrplan.reporting.api.ReportViews.IndicatorCounts;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.GoalIndicator;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.rollup.RollupViews.DepartmentRollup;
import se.styrplan.reporting.rollup.RollupViews.DepartmentRollups;
import se.styrplan.reporting.rollup.RollupViews.SdgRollup;
import se.styrplan.reporting.rollup.RollupViews.SdgRollups;
import se.styrplan.reporting.rollup.RollupViews.TargetAreaRollups;
import se.styrplan.reporting.status.Contribution;
import se.styrplan.reporting.status.GoalStatus;
import se.styrplan.reporting.status.Rollup;

/**
 * Roll-ups per target area, per SDG and per department, from the stored statuses (README: "Roll-ups").
 * <ul>
 * <li>target area: its goals, by the goal-set rule;</li>
 * <li>SDG: the adopted goals linked to it, by the same rule (a goal linked to three SDGs counts in each);</li>
 * <li>department: the indicators it owns that follow up adopted goals, each once, by the goal's indicator rule.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Rollups {

    @Inject
    ReportQueries queries;

    public TargetAreaRollups targetAreas(UUID planId) {
        return new TargetAreaRollups(queries.goals(planId).targetAreas());
    }

    public SdgRollups sdgs(UUID planId) {
        Map<Integer, List<ReportGoal>> bySdg = new TreeMap<>();
        for (ReportGoal goal : goals(planId)) {
            new LinkedHashSet<>(goal.sdgs).stream().filter(Sdgs::exists)
                    .forEach(sdg -> bySdg.computeIfAbsent(sdg, s -> new ArrayList<>()).add(goal));
        }
        List<SdgRollup> result = new ArrayList<>();
        bySdg.forEach((sdg, goals) -> {
            Rollup.GoalCounts counts = Rollup.ofGoals(goals.stream().map(g -> GoalStatus.fromCode(g.status)).toList());
            result.add(new SdgRollup(sdg, Sdgs.title(sdg), counts.status(), GoalCounts.of(counts), goals.stream().map(g -> g.goalId).toList()));
        });
        return new SdgRollups(result);
    }

    /** One SDG's roll-up; null when no adopted goal is linked to it. */
    public SdgRollup sdg(int sdg, UUID planId) {
        return sdgs(planId).sdgs().stream().filter(s -> s.sdg() == sdg).findFirst().orElse(null);
    }

    public DepartmentRollups departments(UUID planId) {
        Map<UUID, Set<UUID>> goalsByIndicator = new LinkedHashMap<>();
        for (ReportGoal goal : goals(planId)) {
            for (GoalIndicator link : goal.indicators) {
                goalsByIndicator.computeIfAbsent(link.indicatorId, i -> new LinkedHashSet<>()).add(goal.goalId);
            }
        }
        if (goalsByIndicator.isEmpty()) {
            return new DepartmentRollups(List.of());
        }
        List<ReportIndicator> indicators = ReportIndicator.list("indicatorId in ?1 and owningDepartment is not null",
                goalsByIndicator.keySet());
        Map<UUID, IndicatorStatusRecord> statuses = IndicatorStatusRecord.byIndicator(goalsByIndicator.keySet());
        Map<String, List<ReportIndicator>> byDepartment = new TreeMap<>();
        indicators.forEach(i -> byDepartment.computeIfAbsent(i.owningDepartment, d -> new ArrayList<>()).add(i));
        List<DepartmentRollup> result = new ArrayList<>();
        byDepartment.forEach((department, owned) -> {
            List<Contribution> contributions = owned.stream().map(i -> {
                IndicatorStatusRecord s = statuses.get(i.indicatorId);
                return Contribution.of(s == null ? null : s.assessment);
            }).toList();
            Rollup.IndicatorCounts counts = Rollup.ofIndicators(contributions);
            Set<UUID> goalIds = new LinkedHashSet<>();
            owned.forEach(i -> goalIds.addAll(goalsByIndicator.get(i.indicatorId)));
            result.add(new DepartmentRollup(department, counts.status(),
                    new IndicatorCounts(counts.total(), counts.onTrack(), counts.offTrack(), counts.notCounted()), List.copyOf(goalIds)));
        });
        return new DepartmentRollups(result);
    }

    /** The goals of each plan's version in force (or of one plan), in the plans' order. */
    private static List<ReportGoal> goals(UUID planId) {
        List<AdoptedPlan> plans = planId == null ? AdoptedPlan.list("order by planTitle, planId")
                : AdoptedPlan.<AdoptedPlan> findByIdOptional(planId).map(List::of).orElse(List.of());
        List<ReportGoal> goals = new ArrayList<>();
        plans.forEach(p -> goals.addAll(ReportGoal.ofPlan(p.planId)));
        return goals;
    }
}
