package se.styrplan.reporting.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.platform.problem.ApiException;
import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.api.ReportViews.GoalCounts;
import se.styrplan.reporting.api.ReportViews.GoalIndicatorStatus;
import se.styrplan.reporting.api.ReportViews.GoalReport;
import se.styrplan.reporting.api.ReportViews.GoalSummary;
import se.styrplan.reporting.api.ReportViews.GoalsReport;
import se.styrplan.reporting.api.ReportViews.IndicatorCounts;
import se.styrplan.reporting.api.ReportViews.IndicatorStatusView;
import se.styrplan.reporting.api.ReportViews.PlanSummary;
import se.styrplan.reporting.api.ReportViews.TargetAreaSummary;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.GoalIndicator;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.status.Contribution;
import se.styrplan.reporting.status.GoalStatus;
import se.styrplan.reporting.status.IndicatorAssessment;
import se.styrplan.reporting.status.Rollup;

/** Reads the stored statuses into the report views; nothing here computes an indicator's status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {

    @Inject
    ReportingConfig config;

    @Inject
    se.styrplan.reporting.assessment.Assessments assessments;

    public GoalsReport goals(UUID planId) {
        List<AdoptedPlan> plans = planId == null ? AdoptedPlan.list("order by planTitle, planId")
                : AdoptedPlan.<AdoptedPlan> findByIdOptional(planId).map(List::of).orElse(List.of());
        List<PlanSummary> planSummaries = new ArrayList<>();
        List<TargetAreaSummary> areas = new ArrayList<>();
        List<GoalSummary> goals = new ArrayList<>();
        for (AdoptedPlan plan : plans) {
            List<ReportGoal> planGoals = ReportGoal.ofPlan(plan.planId);
            Rollup.GoalCounts planRollup = Rollup.ofGoals(statuses(planGoals));
            planSummaries.add(new PlanSummary(plan.planId, plan.planKey, plan.planTitle, plan.versionId, plan.versionNumber, plan.label,
                    plan.decidedOn, planRollup.status(), GoalCounts.of(planRollup)));
            Map<UUID, List<ReportGoal>> byArea = planGoals.stream()
                    .collect(Collectors.groupingBy(g -> g.targetAreaId, LinkedHashMap::new, Collectors.toList()));
            for (List<ReportGoal> areaGoals : byArea.values()) {
                ReportGoal first = areaGoals.get(0);
                Rollup.GoalCounts areaRollup = Rollup.ofGoals(statuses(areaGoals));
                areas.add(new TargetAreaSummary(plan.planId, first.targetAreaId, first.targetAreaKey, first.targetAreaTitle,
                        first.targetAreaPosition, areaRollup.status(), GoalCounts.of(areaRollup)));
            }
            planGoals.forEach(g -> goals.add(summary(g)));
        }
        return new GoalsReport(config.ownArea(), planSummaries, areas, goals);
    }

    public GoalReport goal(UUID goalId) {
        ReportGoal goal = ReportGoal.findById(goalId);
        if (goal == null) {
            throw ApiException.notFound("Goal of an adopted version", goalId);
        }
        List<UUID> ids = goal.indicators.stream().map(i -> i.indicatorId).toList();
        Map<UUID, IndicatorStatusRecord> statuses = IndicatorStatusRecord.byIndicator(ids);
        Map<UUID, ReportIndicator> definitions = definitions(ids);
        List<GoalIndicatorStatus> indicators = new ArrayList<>();
        for (GoalIndicator link : goal.indicators) {
            IndicatorStatusRecord status = statuses.get(link.indicatorId);
            ReportIndicator definition = definitions.get(link.indicatorId);
            indicators.add(new GoalIndicatorStatus(link.indicatorId, link.title,
                    Contribution.of(status == null ? null : status.assessment),
                    status == null || definition == null ? null : view(definition, status)));
        }
        return new GoalReport(summary(goal), indicators, assessments.current(goal));
    }

    public IndicatorStatusView indicator(UUID indicatorId) {
        ReportIndicator definition = ReportIndicator.findById(indicatorId);
        IndicatorStatusRecord status = IndicatorStatusRecord.findById(indicatorId);
        if (definition == null || status == null) {
            throw ApiException.notFound("Indicator", indicatorId);
        }
        return view(definition, status);
    }

    static GoalSummary summary(ReportGoal g) {
        return new GoalSummary(g.goalId, g.goalKey, g.planId, g.versionId, g.targetAreaId, g.targetAreaKey, g.targetAreaTitle, g.title,
                List.copyOf(g.sdgs), g.responsibleBody, g.position, GoalStatus.fromCode(g.status),
                new IndicatorCounts(g.indicatorsTotal, g.indicatorsOnTrack, g.indicatorsOffTrack, g.indicatorsNotCounted),
                g.statusComputedAt);
    }

    static IndicatorStatusView view(ReportIndicator d, IndicatorStatusRecord s) {
        IndicatorAssessment a = s.assessment;
        return new IndicatorStatusView(d.indicatorId, d.key, d.title, d.unit, d.unitLabel, d.direction, d.owningDepartment,
                d.koladaKpiId, d.status, s.areaCode, "T", a.status(), a.targetStatus(), a.trend(), a.slopePerYear(), a.points(),
                a.trendPoints(), a.latest(), a.expectedYear(), a.missingPeriod(), a.stale(), a.target(), a.forecast(), a.genderGap(),
                a.includesSynthetic(), s.computedAt);
    }

    private static List<GoalStatus> statuses(Collection<ReportGoal> goals) {
        return goals.stream().map(g -> GoalStatus.fromCode(g.status)).toList();
    }

    private static Map<UUID, ReportIndicator> definitions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ReportIndicator> found = ReportIndicator.list("indicatorId in ?1", ids);
        return found.stream().collect(Collectors.toMap(i -> i.indicatorId, Function.identity()));
    }

}
