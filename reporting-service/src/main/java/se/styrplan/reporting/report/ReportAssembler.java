package se.styrplan.reporting.report;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
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
import se.styrplan.reporting.assessment.AssessmentViews.AssessmentView;
import se.styrplan.reporting.assessment.Assessments;
import se.styrplan.reporting.comparison.ComparisonRow;
import se.styrplan.reporting.comparison.Comparisons;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.GoalIndicator;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.report.ReportDocument.Goal;
import se.styrplan.reporting.report.ReportDocument.Indicator;
import se.styrplan.reporting.report.ReportDocument.Section;
import se.styrplan.reporting.rollup.Sdgs;
import se.styrplan.reporting.status.GoalStatus;
import se.styrplan.reporting.status.IndicatorAssessment;
import se.styrplan.reporting.status.Rollup;

/** Gathers a report's content from the read model: the whole plan, one goal, or one SDG, for a follow-up year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportAssembler {

    /** The series in a report: the latest this many periods. */
    static final int SERIES_PERIODS = 10;

    @Inject
    ReportingConfig config;

    @Inject
    Assessments assessments;

    @Inject
    Comparisons comparisons;

    /** The follow-up year when none is asked for: the latest year whose values are due. */
    public int defaultYear() {
        return Year.now(config.zone()).getValue() - config.publicationLagYears();
    }

    /** The yearly follow-up of a plan's version in force: target area → goal → indicators. */
    public ReportDocument plan(UUID planId, int year) {
        AdoptedPlan plan = AdoptedPlan.findById(planId);
        if (plan == null) {
            throw ApiException.notFound("Adopted plan", planId);
        }
        Map<UUID, List<ReportGoal>> byArea = ReportGoal.ofPlan(planId).stream()
                .collect(Collectors.groupingBy(g -> g.targetAreaId, LinkedHashMap::new, Collectors.toList()));
        List<Section> sections = new ArrayList<>();
        byArea.values().forEach(goals -> sections.add(section(goals.get(0).targetAreaTitle, goals, year)));
        String label = plan.label == null ? "version " + plan.versionNumber : plan.label;
        return document("Uppföljning " + year + ": " + plan.planTitle,
                label + (plan.decidedOn == null ? "" : ", beslutad " + plan.decidedOn), "uppfoljning-" + slug(plan.planKey, plan.planTitle) + "-" + year,
                year, sections);
    }

    public ReportDocument goal(UUID goalId, int year) {
        ReportGoal goal = ReportGoal.findById(goalId);
        if (goal == null) {
            throw ApiException.notFound("Goal of an adopted version", goalId);
        }
        AdoptedPlan plan = AdoptedPlan.findById(goal.planId);
        return document("Uppföljning " + year + ": " + goal.title, plan == null ? "" : plan.planTitle,
                "uppfoljning-mal-" + slug(goal.goalKey, goal.title) + "-" + year, year, List.of(section(goal.targetAreaTitle, List.of(goal), year)));
    }

    public ReportDocument sdg(int sdg, int year) {
        if (!Sdgs.exists(sdg)) {
            throw ApiException.invalid("sdg", "must be an Agenda 2030 goal, 1 to 17");
        }
        List<ReportGoal> goals = new ArrayList<>();
        for (AdoptedPlan plan : AdoptedPlan.<AdoptedPlan> list("order by planTitle, planId")) {
            ReportGoal.ofPlan(plan.planId).stream().filter(g -> g.sdgs.contains(sdg)).forEach(goals::add);
        }
        List<Section> sections = goals.isEmpty() ? List.of() : List.of(section("Mål kopplade till " + Sdgs.title(sdg), goals, year));
        return document("Uppföljning " + year + ": Agenda 2030, mål " + Sdgs.title(sdg), "De antagna målen som bidrar till målet",
                "uppfoljning-agenda2030-" + sdg + "-" + year, year, sections);
    }

    private ReportDocument document(String title, String subtitle, String fileName, int year, List<Section> sections) {
        return new ReportDocument(title, subtitle, fileName, year, config.ownArea(), config.ownAreaName(), config.comparisonAreas(),
                config.countryArea(), OffsetDateTime.now(), sections);
    }

    private Section section(String heading, List<ReportGoal> goals, int year) {
        Rollup.GoalCounts counts = Rollup.ofGoals(goals.stream().map(g -> GoalStatus.fromCode(g.status)).toList());
        return new Section(heading, counts.status().code(), goals.size(), goals.stream().map(g -> goal(g, year)).toList());
    }

    private Goal goal(ReportGoal g, int year) {
        List<UUID> ids = g.indicators.stream().map(i -> i.indicatorId).toList();
        Map<UUID, IndicatorStatusRecord> statuses = IndicatorStatusRecord.byIndicator(ids);
        Map<UUID, ReportIndicator> definitions = ids.isEmpty() ? Map.of()
                : ReportIndicator.<ReportIndicator> list("indicatorId in ?1", ids).stream()
                        .collect(Collectors.toMap(i -> i.indicatorId, Function.identity()));
        List<Indicator> indicators = new ArrayList<>();
        for (GoalIndicator link : g.indicators) {
            indicators.add(indicator(link, definitions.get(link.indicatorId), statuses.get(link.indicatorId)));
        }
        AssessmentView assessment = assessments.current(g).stream().filter(a -> a.year() == year).findFirst().orElse(null);
        String sdgs = g.sdgs.stream().filter(Sdgs::exists).map(Sdgs::title).collect(Collectors.joining("; "));
        return new Goal(g.goalId, g.goalKey, g.title, g.targetAreaTitle, sdgs, g.responsibleBody, g.status, g.indicatorsTotal,
                g.indicatorsOnTrack, g.indicatorsOffTrack, g.indicatorsNotCounted, assessment, indicators);
    }

    private Indicator indicator(GoalIndicator link, ReportIndicator d, IndicatorStatusRecord s) {
        IndicatorAssessment a = s == null ? null : s.assessment;
        List<ComparisonRow> series = comparisons.series(link.indicatorId);
        if (series.size() > SERIES_PERIODS) {
            series = series.subList(series.size() - SERIES_PERIODS, series.size());
        }
        String title = link.title != null ? link.title : d != null && d.title != null ? d.title : link.indicatorId.toString();
        String unit = d == null ? null : d.unitLabel != null ? d.unitLabel : d.unit;
        return new Indicator(link.indicatorId, title, unit, d == null ? "none" : d.direction, d == null ? null : d.source,
                d == null ? null : d.koladaKpiId,
                a == null ? "insufficient_data" : a.status().code(), a == null ? "insufficient_data" : a.targetStatus().code(),
                a == null ? "insufficient_data" : a.trend().code(),
                a == null || a.latest() == null ? null : a.latest().value(), a == null || a.latest() == null ? null : a.latest().period(),
                a == null || a.target() == null ? null : a.target().value(), a == null || a.target() == null ? null : a.target().year(),
                a == null || a.forecast() == null ? null : a.forecast().value(), a == null || a.forecast() == null ? null : a.forecast().lower(),
                a == null || a.forecast() == null ? null : a.forecast().upper(), a == null || a.forecast() == null ? null : a.forecast().period(),
                a == null || a.genderGap() == null ? null : a.genderGap().gap(), a == null || a.genderGap() == null ? null : a.genderGap().period(),
                List.copyOf(series));
    }

    /** A file name part: lower case letters, digits and dashes (å, ä, ö folded), from the key or else the title. */
    static String slug(String key, String title) {
        String base = key != null && !key.isBlank() ? key : title;
        String folded = java.text.Normalizer.normalize(base.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "rapport" : slug.substring(0, Math.min(60, slug.length()));
    }
}
