package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.events.GoalSnapshot;
import se.styrplan.plan.events.PlanEvents;
import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.GoalInput;
import se.styrplan.plan.structure.StructureInputs.IndicatorLinkInput;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/** Creates, edits, moves and removes goals of draft versions; each write audited and announced. */
@ApplicationScoped
public class GoalService {

    @Inject
    AuditLog audit;

    /** Who may edit which draft: planners any, a party group its own proposal's working copy. */
    @Inject
    ProposalAccess drafts;

    @Inject
    PlanEvents events;

    @Transactional
    public Goal create(UUID targetAreaId, GoalInput input) {
        TargetArea area = requireArea(targetAreaId);
        drafts.requireEditableVersion(area.versionId);
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.versionId = area.versionId;
        goal.targetAreaId = area.id;
        goal.key = Keys.unique(input.title(), keysOf(area.versionId));
        goal.position = Goal.ofTargetArea(area.id).size();
        apply(goal, input);
        goal.persist();
        GoalSnapshot created = events.snapshot(goal);
        audit.record("goal.create", "goal", goal.id, null, created);
        events.goalCreated(created);
        return goal;
    }

    @Transactional
    public Goal update(UUID goalId, GoalInput input) {
        Goal goal = requireDraftGoal(goalId);
        GoalSnapshot before = events.snapshot(goal);
        List<TextBlock> descriptionBefore = List.copyOf(goal.description);
        apply(goal, input);
        GoalSnapshot after = events.snapshot(goal);
        if (!before.equals(after) || !descriptionBefore.equals(goal.description)) {
            audit.record("goal.update", "goal", goal.id, before, after);
            events.goalChanged(before, after);
        }
        return goal;
    }

    @Transactional
    public Goal setSdgs(UUID goalId, List<Integer> sdgs) {
        Goal goal = requireDraftGoal(goalId);
        GoalSnapshot before = events.snapshot(goal);
        goal.sdgs.clear();
        goal.sdgs.addAll(distinct("sdgs", sdgs));
        return recordChange(goal, before, "goal.sdgs");
    }

    @Transactional
    public Goal setIndicators(UUID goalId, List<IndicatorLinkInput> indicators) {
        Goal goal = requireDraftGoal(goalId);
        GoalSnapshot before = events.snapshot(goal);
        replaceIndicators(goal, indicators);
        return recordChange(goal, before, "goal.indicators");
    }

    @Transactional
    public Goal move(UUID goalId, UUID targetAreaId, Integer position) {
        Goal goal = requireDraftGoal(goalId);
        TargetArea target = requireArea(targetAreaId);
        if (!target.versionId.equals(goal.versionId)) {
            throw ApiException.invalid("targetAreaId", "must be a target area of the same version");
        }
        GoalSnapshot before = events.snapshot(goal);
        List<Goal> source = new ArrayList<>(Goal.ofTargetArea(goal.targetAreaId));
        source.removeIf(g -> g.id.equals(goal.id));
        VersionItem.renumber(source);
        List<Goal> destination = new ArrayList<>(Goal.ofTargetArea(target.id));
        destination.removeIf(g -> g.id.equals(goal.id));
        int at = position == null ? destination.size() : Math.min(position, destination.size());
        destination.add(at, goal);
        goal.targetAreaId = target.id;
        VersionItem.renumber(destination);
        return recordChange(goal, before, "goal.move");
    }

    @Transactional
    public void reorder(UUID targetAreaId, List<UUID> ids) {
        TargetArea area = requireArea(targetAreaId);
        drafts.requireEditableVersion(area.versionId);
        List<Goal> goals = Goal.ofTargetArea(area.id);
        Ordering.requireSameIds(goals.stream().map(g -> g.id).toList(), ids);
        List<Integer> before = goals.stream().map(g -> g.position).toList();
        for (Goal goal : goals) {
            GoalSnapshot was = events.snapshot(goal);
            goal.position = ids.indexOf(goal.id);
            if (goal.position != was.position()) {
                events.goalChanged(was, events.snapshot(goal));
            }
        }
        audit.record("goal.reorder", "target_area", area.id, before, ids);
    }

    @Transactional
    public void remove(UUID goalId) {
        Goal goal = requireDraftGoal(goalId);
        GoalSnapshot removed = events.snapshot(goal);
        goal.delete();
        VersionItem.renumber(Goal.ofTargetArea(goal.targetAreaId).stream().filter(g -> !g.id.equals(goalId)).collect(Collectors.toList()));
        audit.record("goal.remove", "goal", goalId, removed, null);
        events.goalRemoved(removed);
    }

    /** Removes a goal as part of removing its target area (the area's draft check is done by the caller). */
    void removeWithArea(Goal goal) {
        GoalSnapshot removed = events.snapshot(goal);
        goal.delete();
        audit.record("goal.remove", "goal", goal.id, removed, null);
        events.goalRemoved(removed);
    }

    private Goal recordChange(Goal goal, GoalSnapshot before, String action) {
        GoalSnapshot after = events.snapshot(goal);
        if (!before.equals(after)) {
            audit.record(action, "goal", goal.id, before, after);
            events.goalChanged(before, after);
        }
        return goal;
    }

    private void apply(Goal goal, GoalInput input) {
        goal.title = input.title().strip();
        goal.description = input.description() == null ? new ArrayList<>() : new ArrayList<>(input.description());
        goal.responsibleBody = input.responsibleBody();
        goal.sdgs.clear();
        goal.sdgs.addAll(distinct("sdgs", input.sdgs() == null ? List.of() : input.sdgs()));
        replaceIndicators(goal, input.indicators() == null ? List.of() : input.indicators());
    }

    private static void replaceIndicators(Goal goal, List<IndicatorLinkInput> indicators) {
        distinct("indicators", indicators.stream().map(IndicatorLinkInput::indicatorId).toList());
        goal.indicators.clear();
        indicators.forEach(i -> goal.indicators.add(new IndicatorLink(i.indicatorId(), i.title().strip())));
    }

    private static <T> List<T> distinct(String field, List<T> values) {
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(value)) {
                throw ApiException.invalid(field, value + " is listed twice");
            }
        }
        return values;
    }

    private Goal requireDraftGoal(UUID goalId) {
        Goal goal = Goal.findById(goalId);
        if (goal == null) {
            throw ApiException.notFound("Goal", goalId);
        }
        drafts.requireEditableVersion(goal.versionId);
        return goal;
    }

    private static TargetArea requireArea(UUID id) {
        TargetArea area = TargetArea.findById(id);
        if (area == null) {
            throw ApiException.notFound("Target area", id);
        }
        return area;
    }

    static Set<String> keysOf(UUID versionId) {
        return Goal.<Goal>list("versionId", versionId).stream().map(g -> g.key).collect(Collectors.toSet());
    }
}
