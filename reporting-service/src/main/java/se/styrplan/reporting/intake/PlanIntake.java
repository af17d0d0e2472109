package se.styrplan.reporting.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.styrplan.reporting.intake.PlanPayloads.GoalSnapshot;
import se.styrplan.reporting.intake.PlanPayloads.VersionAdopted;
import se.styrplan.reporting.readmodel.AdoptedPlan;
import se.styrplan.reporting.readmodel.GoalIndicator;
import se.styrplan.reporting.readmodel.ReadModelLocks;
import se.styrplan.reporting.readmodel.ReportGoal;
import se.styrplan.reporting.readmodel.StatusUpdater;

/** Applies plan events: an adopted version replaces its plan's goals in the read model. */
@ApplicationScoped
class PlanIntake {

    private static final Logger LOG = Logger.getLogger(PlanIntake.class);

    @Inject
    EntityManager em;

    @Inject
    ReadModelLocks locks;

    @Inject
    StatusUpdater statuses;

    @Transactional(Transactional.TxType.MANDATORY)
    void versionAdopted(VersionAdopted adopted, OffsetDateTime at) {
        require(adopted.planId(), "planId");
        require(adopted.versionId(), "versionId");
        require(adopted.versionNumber(), "versionNumber");
        require(adopted.goals(), "goals");
        for (GoalSnapshot goal : adopted.goals()) {
            require(goal, "goals[]");
            require(goal.goalId(), "goals[].goalId");
            require(goal.goalKey(), "goals[].goalKey");
            require(goal.targetAreaId(), "goals[].targetAreaId");
            require(goal.title(), "goals[].title");
        }

        locks.goals();
        AdoptedPlan plan = AdoptedPlan.findById(adopted.planId());
        if (plan != null && plan.versionNumber > adopted.versionNumber()) {
            LOG.infof("Ignored the adoption of version %d of plan %s: version %d is already in force", adopted.versionNumber(),
                    adopted.planId(), plan.versionNumber);
            return;
        }
        if (plan == null) {
            plan = new AdoptedPlan();
            plan.planId = adopted.planId();
        }
        plan.planKey = adopted.planKey();
        plan.planTitle = Objects.requireNonNullElse(adopted.planTitle(), "");
        plan.versionId = adopted.versionId();
        plan.versionNumber = adopted.versionNumber();
        plan.label = adopted.label();
        plan.decidedOn = adopted.decidedOn();
        plan.decidedBy = adopted.decidedBy();
        plan.caseNumber = adopted.caseNumber();
        plan.adoptedAt = at;
        plan.updatedAt = OffsetDateTime.now();
        plan.persist();

        // the statuses before, by the goal's stable key: a goal carried over unchanged announces no change
        Map<String, String> before = new java.util.HashMap<>();
        List<ReportGoal> replaced = ReportGoal.ofPlan(plan.planId);
        replaced.forEach(g -> before.put(g.goalKey, g.status));
        replaced.forEach(ReportGoal::delete);
        em.flush(); // the old version's goals are gone before the new ones (which may reuse none, some or all ids) arrive

        Map<UUID, Integer> areaPositions = new LinkedHashMap<>();
        adopted.goals().forEach(g -> areaPositions.putIfAbsent(g.targetAreaId(), areaPositions.size()));
        List<ReportGoal> goals = new ArrayList<>();
        for (GoalSnapshot snapshot : adopted.goals()) {
            ReportGoal goal = new ReportGoal();
            goal.goalId = snapshot.goalId();
            goal.goalKey = snapshot.goalKey();
            goal.planId = plan.planId;
            goal.versionId = adopted.versionId();
            goal.targetAreaId = snapshot.targetAreaId();
            goal.targetAreaKey = snapshot.targetAreaKey();
            goal.targetAreaTitle = Objects.requireNonNullElse(snapshot.targetAreaTitle(), "");
            goal.targetAreaPosition = areaPositions.get(snapshot.targetAreaId());
            goal.title = snapshot.title();
            goal.sdgs = snapshot.sdgs() == null ? new ArrayList<>() : new ArrayList<>(snapshot.sdgs());
            goal.responsibleBody = snapshot.responsibleBody();
            goal.position = snapshot.position() == null ? goals.size() : snapshot.position();
            if (snapshot.indicators() != null) {
                snapshot.indicators().stream().filter(i -> i != null && i.indicatorId() != null)
                        .forEach(i -> goal.indicators.add(new GoalIndicator(i.indicatorId(), i.title())));
            }
            goal.persist();
            goals.add(goal);
        }
        goals.sort(Comparator.comparingInt((ReportGoal g) -> g.targetAreaPosition).thenComparingInt(g -> g.position));
        for (ReportGoal goal : goals) {
            statuses.recomputeGoal(goal, before.get(goal.goalKey));
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new UnreadableEventException(PlanPayloads.VERSION_ADOPTED + " without " + field);
        }
    }
}
