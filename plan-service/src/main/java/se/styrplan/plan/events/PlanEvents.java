package se.styrplan.plan.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.plan.events.PlanEventPayloads.GoalChanged;
import se.styrplan.plan.events.PlanEventPayloads.GoalCreated;
import se.styrplan.plan.events.PlanEventPayloads.GoalIndicatorLinksChanged;
import se.styrplan.plan.events.PlanEventPayloads.GoalRemoved;
import se.styrplan.plan.events.PlanEventPayloads.VersionAdopted;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.TargetArea;
import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.platform.outbox.Outbox;

/**
 * Writes plan-service's events into the outbox, in the caller's transaction. Every event of a plan is keyed by
 * the plan's id: the plan is the aggregate, so a version's adoption never overtakes the goal changes before it.
 */
@ApplicationScoped
public class PlanEvents {

    public static final String TOPIC = "styrplan.plan.v1";
    private static final String TYPE_PREFIX = "se.styrplan.plan.";

    @Inject
    Outbox outbox;

    /** Captures a goal as it is now (call before a change to get its "before"). */
    public GoalSnapshot snapshot(Goal goal) {
        PlanVersion version = PlanVersion.require(goal.versionId);
        TargetArea area = TargetArea.findById(goal.targetAreaId);
        return new GoalSnapshot(goal.id, goal.key, version.planId, version.id, version.number, version.status.json(),
                area.id, area.key, area.title, goal.title, List.copyOf(goal.sdgs),
                goal.indicators.stream().map(i -> new GoalSnapshot.Indicator(i.indicatorId, i.title)).toList(),
                goal.responsibleBody, goal.position);
    }

    public void goalCreated(GoalSnapshot goal) {
        publish(goal.planId(), "GoalCreated.v1", "goals/" + goal.goalId(), new GoalCreated(goal));
    }

    /** Publishes GoalChanged when anything but the indicators changed, and GoalIndicatorLinksChanged when they did. */
    public void goalChanged(GoalSnapshot before, GoalSnapshot after) {
        List<String> changed = changedFields(before, after);
        changed.remove("indicators");
        if (!changed.isEmpty()) {
            publish(after.planId(), "GoalChanged.v1", "goals/" + after.goalId(), new GoalChanged(after, before, changed));
        }
        List<UUID> was = before.indicators().stream().map(GoalSnapshot.Indicator::indicatorId).toList();
        List<UUID> is = after.indicators().stream().map(GoalSnapshot.Indicator::indicatorId).toList();
        if (!was.equals(is)) {
            publish(after.planId(), "GoalIndicatorLinksChanged.v1", "goals/" + after.goalId(), new GoalIndicatorLinksChanged(after,
                    is.stream().filter(id -> !was.contains(id)).toList(), was.stream().filter(id -> !is.contains(id)).toList()));
        }
    }

    /**
     * The goal events of an adoption: each goal of the version in force until now compared by key with the same
     * goal in the adopted version (removed, created, changed, indicator links changed).
     */
    public void goalsChangedByAdoption(List<GoalSnapshot> before, List<GoalSnapshot> after) {
        Map<String, GoalSnapshot> was = new LinkedHashMap<>();
        before.forEach(g -> was.put(g.goalKey(), g));
        Set<String> is = new HashSet<>();
        after.forEach(g -> is.add(g.goalKey()));
        before.stream().filter(g -> !is.contains(g.goalKey())).forEach(this::goalRemoved);
        for (GoalSnapshot goal : after) {
            GoalSnapshot old = was.get(goal.goalKey());
            if (old == null) {
                goalCreated(goal);
            } else {
                goalChanged(old, goal);
            }
        }
    }

    public void goalRemoved(GoalSnapshot goal) {
        publish(goal.planId(), "GoalRemoved.v1", "goals/" + goal.goalId(), new GoalRemoved(goal));
    }

    public void versionAdopted(Plan plan, PlanVersion version, List<GoalSnapshot> goals) {
        publish(plan.id, "VersionAdopted.v1", "versions/" + version.id, new VersionAdopted(plan.id, plan.key, plan.title,
                version.id, version.number, version.label, version.basedOn, version.decidedOn, version.decidedBy,
                version.caseNumber, goals));
    }

    private void publish(UUID planId, String type, String subject, Object data) {
        outbox.publish(TOPIC, planId.toString(), TYPE_PREFIX + type, subject, data);
    }

    private static List<String> changedFields(GoalSnapshot a, GoalSnapshot b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) {
            changed.add("title");
        }
        // ids are per version: the same goal in two versions is compared by its target area's key
        boolean sameVersion = Objects.equals(a.versionId(), b.versionId());
        if (sameVersion ? !Objects.equals(a.targetAreaId(), b.targetAreaId()) : !Objects.equals(a.targetAreaKey(), b.targetAreaKey())) {
            changed.add("targetArea");
        }
        if (!Objects.equals(a.sdgs(), b.sdgs())) {
            changed.add("sdgs");
        }
        if (!Objects.equals(a.indicators(), b.indicators())) {
            changed.add("indicators");
        }
        if (!Objects.equals(a.responsibleBody(), b.responsibleBody())) {
            changed.add("responsibleBody");
        }
        if (a.position() != b.position()) {
            changed.add("position");
        }
        return changed;
    }
}
