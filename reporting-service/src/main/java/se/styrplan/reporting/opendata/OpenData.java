package se.styrplan.reporting.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.platform.problem.ApiException;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.GoalIndicator;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;

/**
 * What the open data publishes, and the rule that keeps it to what is public: goals of adopted versions only (the
 * read model holds no drafts), indicators only when they follow up such a goal, and values only when final
 * (preliminary values change; suppressed ones have no value; synthetic ones are demo data).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenData {

    @Inject
    EntityManager em;

    @Schema(name = "OpenValue", description = "A final value")
    public record OpenValue(String areaCode, String period, String gender, BigDecimal value) {
    }

    @Schema(name = "OpenIndicator", description = "An indicator of an adopted goal with its final values")
    public record OpenIndicator(UUID indicatorId, String key, String title, String unit, String unitLabel, String direction,
            String source, String koladaKpiId,
            @Schema(description = "\"Källa: Kolada\" where the values come from Kolada") String attribution,
            @Schema(description = "The computed status for the own municipality (all values received are its basis)") String status,
            String trend, List<OpenValue> values) {
    }

    @Schema(name = "OpenGoal", description = "A goal of an adopted plan version, its computed status and its indicators")
    public record OpenGoal(UUID planId, String planTitle, UUID versionId, String versionLabel, String goalKey, UUID goalId,
            String targetArea, String title, List<Integer> sdgs, String responsibleBody, String status,
            List<OpenIndicator> indicators) {
    }

    public OpenIndicator indicator(UUID indicatorId) {
        Long links = em.createQuery("select count(g) from ReportGoal g join g.indicators i where i.indicatorId = :id", Long.class)
                .setParameter("id", indicatorId).getSingleResult();
        ReportIndicator d = ReportIndicator.findById(indicatorId);
        if (links == 0 || d == null) {
            throw ApiException.notFound("Indicator of an adopted goal", indicatorId);
        }
        return indicator(d, null);
    }

    public OpenGoal goal(UUID planId, String goalKey) {
        AdoptedPlan plan = AdoptedPlan.findById(planId);
        ReportGoal goal = plan == null ? null
                : ReportGoal.<ReportGoal> find("planId = ?1 and goalKey = ?2", planId, goalKey).firstResultOptional().orElse(null);
        if (goal == null) {
            throw ApiException.notFound("Goal of an adopted plan", planId + "/" + goalKey);
        }
        List<OpenIndicator> indicators = new ArrayList<>();
        for (GoalIndicator link : goal.indicators) {
            ReportIndicator d = ReportIndicator.findById(link.indicatorId);
            if (d != null) {
                indicators.add(indicator(d, link.title));
            }
        }
        return new OpenGoal(plan.planId, plan.planTitle, plan.versionId, plan.label, goal.goalKey, goal.goalId, goal.targetAreaTitle,
                goal.title, List.copyOf(goal.sdgs), goal.responsibleBody, goal.status, indicators);
    }

    /** Every goal of every adopted plan's version in force, in the plans' order: the catalogue's datasets. */
    public List<ReportGoal> goals() {
        List<ReportGoal> goals = new ArrayList<>();
        for (AdoptedPlan plan : AdoptedPlan.<AdoptedPlan> list("order by planTitle, planId")) {
            goals.addAll(ReportGoal.ofPlan(plan.planId));
        }
        return goals;
    }

    private OpenIndicator indicator(ReportIndicator d, String titleInPlan) {
        IndicatorStatusRecord s = IndicatorStatusRecord.findById(d.indicatorId);
        boolean kolada = "kolada".equalsIgnoreCase(d.source) || d.koladaKpiId != null;
        return new OpenIndicator(d.indicatorId, d.key, titleInPlan != null ? titleInPlan : d.title, d.unit, d.unitLabel, d.direction,
                d.source, d.koladaKpiId, kolada ? "Källa: Kolada" : null, s == null ? null : s.status, s == null ? null : s.trend,
                finalValues(d.indicatorId));
    }

    @SuppressWarnings("unchecked")
    private List<OpenValue> finalValues(UUID indicatorId) {
        List<Object[]> rows = em.createNativeQuery("""
                select area_code, period, gender, value from measurement
                where indicator_id = :id and status = 'final' and value is not null
                order by area_code, period, gender
                """).setParameter("id", indicatorId).getResultList();
        return rows.stream().map(r -> new OpenValue((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3])).toList();
    }
}
