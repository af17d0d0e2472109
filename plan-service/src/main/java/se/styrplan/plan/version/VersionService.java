package se.styrplan.plan.version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.styrplan.plan.events.GoalSnapshot;
import se.styrplan.plan.events.PlanEvents;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.IndicatorLink;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.TargetArea;
import se.styrplan.plan.version.VersionViews.AdoptionInput;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/** Makes drafts from versions and adopts drafts. */
@ApplicationScoped
public class VersionService {

    @Inject
    AuditLog audit;

    @Inject
    PlanEvents events;

    @Inject
    PlanChanges planChanges;

    /** A new draft holding a copy of {@code basedOn} (or of the version in force), keys kept, ids new. */
    @Transactional
    public PlanVersion createDraft(UUID planId, UUID basedOnId, String label) {
        Plan plan = requirePlan(planId);
        PlanVersion base = basedOnId != null ? PlanVersion.require(basedOnId) : PlanVersion.current(planId);
        if (base != null && !base.planId.equals(plan.id)) {
            throw ApiException.invalid("basedOn", "must be a version of the same plan");
        }
        PlanVersion draft = newVersion(plan, label, base == null ? null : base.id);
        if (base != null) {
            copyStructure(base.id, draft.id);
        }
        audit.record("version.create", "plan_version", draft.id, null, VersionViews.VersionView.of(draft));
        return draft;
    }

    /** An empty draft, for an import that fills it. */
    public PlanVersion newVersion(Plan plan, String label, UUID basedOn) {
        PlanVersion version = new PlanVersion();
        version.id = UUID.randomUUID();
        version.planId = plan.id;
        version.number = PlanVersion.ofPlan(plan.id).size() + 1;
        version.label = label.strip();
        version.status = VersionStatus.DRAFT;
        version.basedOn = basedOn;
        version.createdAt = OffsetDateTime.now();
        version.persist();
        return version;
    }

    /**
     * Adopts a draft: from now on it is an immutable public record, and the version in force. Announces each goal's
     * change from the version in force until now (created, changed, indicator links changed, removed; the goals as
     * they are in the adopted version), then the adoption itself with every goal.
     */
    @Transactional
    public PlanVersion adopt(UUID versionId, AdoptionInput decision) {
        PlanVersion version = PlanVersion.require(versionId);
        version.requireDraft();
        // one adoption of a plan at a time: the version in force read here stays in force until this one commits
        Plan.findById(version.planId, LockModeType.PESSIMISTIC_WRITE);
        PlanVersion previous = PlanVersion.current(version.planId);
        List<GoalSnapshot> goalsBefore = previous == null ? List.of() : snapshots(previous);
        var before = VersionViews.VersionView.of(version);
        version.status = VersionStatus.ADOPTED;
        version.adoptedAt = OffsetDateTime.now();
        version.decidedOn = decision.decidedOn();
        version.decidedBy = decision.decidedBy().strip();
        version.caseNumber = decision.caseNumber();
        planChanges.changed(version.planId);
        Plan plan = requirePlan(version.planId);
        List<GoalSnapshot> goals = snapshots(version);
        audit.record("version.adopt", "plan_version", version.id, before, VersionViews.VersionView.of(version));
        events.goalsChangedByAdoption(goalsBefore, goals);
        events.versionAdopted(plan, version, goals);
        return version;
    }

    /** The goals of a version as events carry them, target area by target area. */
    private List<GoalSnapshot> snapshots(PlanVersion version) {
        List<GoalSnapshot> goals = new ArrayList<>();
        for (TargetArea area : TargetArea.ofVersion(version.id)) {
            Goal.ofTargetArea(area.id).forEach(g -> goals.add(events.snapshot(g)));
        }
        return goals;
    }

    private static void copyStructure(UUID from, UUID to) {
        for (Section s : Section.ofVersion(from)) {
            Section copy = new Section();
            copy.id = UUID.randomUUID();
            copy.versionId = to;
            copy.key = s.key;
            copy.title = s.title;
            copy.blocks = new ArrayList<>(s.blocks);
            copy.position = s.position;
            copy.persist();
        }
        Map<UUID, UUID> areaIds = new HashMap<>();
        for (TargetArea a : TargetArea.ofVersion(from)) {
            TargetArea copy = new TargetArea();
            copy.id = UUID.randomUUID();
            copy.versionId = to;
            copy.key = a.key;
            copy.title = a.title;
            copy.description = new ArrayList<>(a.description);
            copy.position = a.position;
            copy.persist();
            areaIds.put(a.id, copy.id);
        }
        for (Goal g : Goal.ofVersion(from)) {
            Goal copy = new Goal();
            copy.id = UUID.randomUUID();
            copy.versionId = to;
            copy.targetAreaId = areaIds.get(g.targetAreaId);
            copy.key = g.key;
            copy.title = g.title;
            copy.description = new ArrayList<>(g.description);
            copy.responsibleBody = g.responsibleBody;
            copy.position = g.position;
            copy.sdgs.addAll(g.sdgs);
            g.indicators.forEach(i -> copy.indicators.add(new IndicatorLink(i.indicatorId, i.title)));
            copy.persist();
        }
    }

    static Plan requirePlan(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null) {
            throw ApiException.notFound("Plan", planId);
        }
        return plan;
    }
}
