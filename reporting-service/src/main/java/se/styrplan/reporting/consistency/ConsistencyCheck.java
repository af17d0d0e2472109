package se.styrplan.reporting.consistency;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.IndicatorStatusRecord;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.ReportIndicator;
import se.styrplan.reporting.readmodel.SeriesStore;
import se.styrplan.reporting.readmodel.StatusUpdater;
import se.styrplan.reporting.status.Contribution;
import se.styrplan.reporting.status.Direction;
import se.styrplan.reporting.status.IndicatorAssessment;
import se.styrplan.reporting.status.IndicatorRules;
import se.styrplan.reporting.status.IndicatorSeries;
import se.styrplan.reporting.status.Observation;
import se.styrplan.reporting.status.Period;
import se.styrplan.reporting.status.Rollup;
import se.styrplan.reporting.status.Target;

/**
 * Compares the read model with a recomputation from the owning services' own data: the plans in force and their
 * goals (plan-service), each linked indicator's definition, own-area values and targets (indicator-service), the
 * statuses the rules give for that data, and every indicator's values of all areas by fingerprint
 * ({@link ValueComparison}; in a check of one plan, its indicators'). Every difference is reported; nothing is changed.
 */
@ApplicationScoped
public class ConsistencyCheck {

    @Inject
    OwningServices services;

    @Inject
    ValueComparison values;

    @Inject
    SeriesStore series;

    @Inject
    StatusUpdater statuses;

    @Inject
    ReportingConfig config;

    @Schema(name = "ReadModelDifference", description = "One way the read model differs from the owning services' data")
    public record Difference(@Schema(examples = "goal") String entity, String id, @Schema(examples = "title") String field,
            String readModel, String source) {
    }

    @Schema(name = "ConsistencyReport", description = "The read model against a recomputation from the owning services")
    public record Report(OffsetDateTime checkedAt, UUID planId, int plans, int goals, int indicators, boolean consistent,
            List<Difference> differences) {
    }

    /** Checks every plan, or one. An answer of an owning service that is not of its documented shape is a 502. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report check(UUID onlyPlan) {
        try {
            return compareAll(onlyPlan);
        } catch (se.styrplan.platform.problem.ApiException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new se.styrplan.platform.problem.ApiException(502, "bad-gateway", "Bad gateway",
                    "An owning service answered in an unexpected shape: " + e.getMessage());
        }
    }

    private Report compareAll(UUID onlyPlan) {
        String token = services.token();
        List<Difference> diffs = new ArrayList<>();
        Set<UUID> planIds = new LinkedHashSet<>();
        Map<UUID, UUID> sourceCurrent = new LinkedHashMap<>();
        for (JsonNode p : services.plans(token)) {
            UUID id = UUID.fromString(p.path("id").asText());
            if (!p.path("currentVersionId").isNull() && !p.path("currentVersionId").isMissingNode()) {
                sourceCurrent.put(id, UUID.fromString(p.path("currentVersionId").asText()));
                planIds.add(id);
            }
        }
        AdoptedPlan.<AdoptedPlan> listAll().forEach(p -> planIds.add(p.planId));
        if (onlyPlan != null) {
            planIds.retainAll(Set.of(onlyPlan));
        }
        int goalCount = 0;
        Map<UUID, List<ReportGoal>> goalsByIndicator = new LinkedHashMap<>();
        for (UUID planId : planIds) {
            AdoptedPlan stored = AdoptedPlan.findById(planId);
            JsonNode tree = sourceCurrent.containsKey(planId) ? services.currentTree(planId, token) : null;
            if (tree == null || stored == null) {
                diffs.add(new Difference("plan", planId.toString(), "adopted version", stored == null ? null : stored.versionId.toString(),
                        tree == null ? null : tree.path("version").path("id").asText()));
                continue;
            }
            compare(diffs, "plan", planId, "version id", stored.versionId.toString(), tree.path("version").path("id").asText());
            compare(diffs, "plan", planId, "version number", Integer.toString(stored.versionNumber), tree.path("version").path("number").asText());
            Map<UUID, ReportGoal> storedGoals = new LinkedHashMap<>();
            ReportGoal.ofPlan(planId).forEach(g -> storedGoals.put(g.goalId, g));
            for (JsonNode area : tree.path("targetAreas")) {
                for (JsonNode goal : area.path("goals")) {
                    goalCount++;
                    UUID goalId = UUID.fromString(goal.path("id").asText());
                    ReportGoal g = storedGoals.remove(goalId);
                    if (g == null) {
                        diffs.add(new Difference("goal", goalId.toString(), "exists", null, goal.path("title").asText()));
                        continue;
                    }
                    compare(diffs, "goal", goalId, "key", g.goalKey, goal.path("key").asText());
                    compare(diffs, "goal", goalId, "title", g.title, goal.path("title").asText());
                    compare(diffs, "goal", goalId, "target area", g.targetAreaId.toString(), area.path("id").asText());
                    compare(diffs, "goal", goalId, "target area title", g.targetAreaTitle, area.path("title").asText());
                    compare(diffs, "goal", goalId, "responsible body", g.responsibleBody, text(goal.path("responsibleBody")));
                    List<String> sdgs = new ArrayList<>();
                    goal.path("sdgs").forEach(s -> sdgs.add(s.path("number").asText()));
                    compare(diffs, "goal", goalId, "sdgs", g.sdgs.toString().replace(" ", ""), sdgs.toString().replace(" ", ""));
                    List<String> links = new ArrayList<>();
                    goal.path("indicators").forEach(i -> links.add(i.path("indicatorId").asText()));
                    compare(diffs, "goal", goalId, "indicators", g.indicators.stream().map(i -> i.indicatorId.toString()).toList().toString(),
                            links.toString());
                    g.indicators.stream().map(i -> i.indicatorId)
                            .forEach(i -> goalsByIndicator.computeIfAbsent(i, k -> new ArrayList<>()).add(g));
                }
            }
            storedGoals.values().forEach(g -> diffs.add(new Difference("goal", g.goalId.toString(), "exists", g.title, null)));
        }

        Map<UUID, Contribution> recomputed = new LinkedHashMap<>();
        for (UUID indicatorId : goalsByIndicator.keySet()) {
            recomputed.put(indicatorId, checkIndicator(indicatorId, token, diffs));
        }
        Set<ReportGoal> goals = new LinkedHashSet<>();
        goalsByIndicator.values().forEach(goals::addAll);
        for (ReportGoal g : goals) {
            List<Contribution> contributions = g.indicators.stream().map(i -> i.indicatorId).map(recomputed::get)
                    .map(c -> c == null ? Contribution.NOT_COUNTED : c).toList();
            compare(diffs, "goal", g.goalId, "status", g.status, Rollup.ofIndicators(contributions).status().code());
        }
        diffs.addAll(values.differences(token, onlyPlan == null ? null : goalsByIndicator.keySet()));
        return new Report(OffsetDateTime.now(), onlyPlan, planIds.size(), goalCount, goalsByIndicator.size(), diffs.isEmpty(), diffs);
    }

    /** Compares one indicator's data and status; returns what it adds to its goals by the source's data. */
    private Contribution checkIndicator(UUID id, String token, List<Difference> diffs) {
        JsonNode definition = services.definition(id, token);
        ReportIndicator stored = ReportIndicator.findById(id);
        if (definition == null || stored == null) {
            diffs.add(new Difference("indicator", id.toString(), "exists", stored == null ? null : stored.key,
                    definition == null ? null : definition.path("key").asText()));
            return null;
        }
        compare(diffs, "indicator", id, "direction", stored.direction, definition.path("direction").asText());
        compare(diffs, "indicator", id, "owning department", stored.owningDepartment, text(definition.path("owningDepartment")));
        compare(diffs, "indicator", id, "kolada kpi id", stored.koladaKpiId, text(definition.path("koladaKpiId")));

        Map<String, List<Observation>> byGender = new LinkedHashMap<>();
        Map<String, String> storedValues = new TreeMap<>();
        series.values(id, config.ownArea()).forEach(v -> storedValues.put(v.period() + " " + v.gender(), value(v.value()) + " " + v.status()));
        Map<String, String> sourceValues = new TreeMap<>();
        for (String gender : List.of("T", "K", "M")) {
            List<Observation> observations = new ArrayList<>();
            JsonNode s = services.series(id, config.ownArea(), gender, token);
            if (s != null) {
                for (JsonNode point : s.path("points")) {
                    String period = point.path("period").asText();
                    BigDecimal v = point.path("value").isNumber() ? point.path("value").decimalValue() : null;
                    String status = point.path("status").asText();
                    sourceValues.put(period + " " + gender, value(v) + " " + status);
                    if (Period.isCode(period)) {
                        observations.add(new Observation(Period.parse(period), v == null ? null : v.doubleValue(), status));
                    }
                }
            }
            byGender.put(gender, observations);
        }
        Set<String> keys = new LinkedHashSet<>(storedValues.keySet());
        keys.addAll(sourceValues.keySet());
        keys.forEach(k -> compare(diffs, "value", id, config.ownArea() + " " + k, storedValues.get(k), sourceValues.get(k)));

        List<Target> targets = new ArrayList<>();
        Map<String, String> sourceTargets = new TreeMap<>();
        JsonNode targetList = services.targets(id, token);
        if (targetList != null) {
            for (JsonNode t : targetList) {
                if ("T".equals(t.path("gender").asText("T"))) {
                    targets.add(new Target(t.path("year").asInt(), t.path("value").asDouble(), text(t.path("comment"))));
                    sourceTargets.put(t.path("year").asText(), value(t.path("value").decimalValue()));
                }
            }
        }
        Map<String, String> storedTargets = new TreeMap<>();
        series.targets(id, "T").forEach(t -> storedTargets.put(Integer.toString(t.year()), value(t.value())));
        compare(diffs, "indicator", id, "targets", storedTargets.toString(), sourceTargets.toString());

        IndicatorAssessment fromSource = IndicatorRules.assess(new IndicatorSeries(Direction.fromCode(definition.path("direction").asText()),
                byGender.get("T"), byGender.get("K"), byGender.get("M"), targets), statuses.settings());
        IndicatorStatusRecord status = IndicatorStatusRecord.findById(id);
        compare(diffs, "indicator", id, "status", status == null ? null : status.status, fromSource.status().code());
        compare(diffs, "indicator", id, "target status", status == null ? null : status.targetStatus, fromSource.targetStatus().code());
        compare(diffs, "indicator", id, "trend", status == null ? null : status.trend, fromSource.trend().code());
        return Contribution.of(fromSource);
    }

    private static void compare(List<Difference> diffs, String entity, UUID id, String field, String readModel, String source) {
        if (!Objects.equals(readModel, source)) {
            diffs.add(new Difference(entity, id.toString(), field, readModel, source));
        }
    }

    /** Numbers compared by value (4.50 and 4.5 are the same). */
    private static String value(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
