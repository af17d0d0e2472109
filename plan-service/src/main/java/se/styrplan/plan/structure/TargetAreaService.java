package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.TargetAreaInput;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/** Creates, edits, reorders and removes the target areas of draft versions. */
@ApplicationScoped
public class TargetAreaService {

    @Inject
    AuditLog audit;

    /** Who may edit which draft: planners any, a party group its own proposal's working copy. */
    @Inject
    ProposalAccess drafts;

    @Inject
    GoalService goals;

    @Inject
    StructureMapper mapper;

    @Transactional
    public TargetArea create(UUID versionId, TargetAreaInput input) {
        drafts.requireEditableVersion(versionId);
        List<TargetArea> existing = TargetArea.ofVersion(versionId);
        TargetArea area = new TargetArea();
        area.id = UUID.randomUUID();
        area.versionId = versionId;
        area.key = Keys.unique(input.title(), existing.stream().map(a -> a.key).collect(Collectors.toSet()));
        area.position = existing.size();
        apply(area, input);
        area.persist();
        audit.record("target_area.create", "target_area", area.id, null, mapper.view(area));
        return area;
    }

    @Transactional
    public TargetArea update(UUID id, TargetAreaInput input) {
        TargetArea area = requireDraftArea(id);
        var before = mapper.view(area);
        apply(area, input);
        var after = mapper.view(area);
        if (!before.equals(after)) {
            // no goal event: consumers learn area titles from the version's adoption, the only point they count
            audit.record("target_area.update", "target_area", area.id, before, after);
        }
        return area;
    }

    @Transactional
    public void reorder(UUID versionId, List<UUID> ids) {
        drafts.requireEditableVersion(versionId);
        List<TargetArea> areas = TargetArea.ofVersion(versionId);
        List<UUID> before = areas.stream().map(item -> item.id).toList();
        Ordering.apply(areas, ids);
        audit.record("target_area.reorder", "plan_version", versionId, before, ids);
    }

    /** Removes the area and its goals (each goal's removal is announced). */
    @Transactional
    public void remove(UUID id) {
        TargetArea area = requireDraftArea(id);
        var removed = mapper.view(area);
        Goal.ofTargetArea(area.id).forEach(goals::removeWithArea);
        area.delete();
        List<TargetArea> rest = new ArrayList<>(TargetArea.ofVersion(area.versionId));
        rest.removeIf(a -> a.id.equals(id));
        VersionItem.renumber(rest);
        audit.record("target_area.remove", "target_area", id, removed, null);
    }

    private static void apply(TargetArea area, TargetAreaInput input) {
        area.title = input.title().strip();
        area.description = input.description() == null ? new ArrayList<>() : new ArrayList<>(input.description());
    }

    private TargetArea requireDraftArea(UUID id) {
        TargetArea area = TargetArea.findById(id);
        if (area == null) {
            throw ApiException.notFound("Target area", id);
        }
        drafts.requireEditableVersion(area.versionId);
        return area;
    }
}
