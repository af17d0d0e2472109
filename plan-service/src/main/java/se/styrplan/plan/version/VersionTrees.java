package se.styrplan.plan.version;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.StructureMapper;
import se.styrplan.plan.structure.TargetArea;
import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionTree;
import se.styrplan.plan.version.VersionViews.VersionView;
import se.styrplan.platform.problem.ApiException;

/** Reads a whole version as one tree, in a handful of queries. */
@ApplicationScoped
public class VersionTrees {

    @Inject
    StructureMapper mapper;

    @Transactional
    public VersionTree tree(UUID versionId) {
        return tree(PlanVersion.require(versionId));
    }

    /** The tree of an adopted version only: what the public may see. */
    @Transactional
    public VersionTree adoptedTree(UUID versionId) {
        PlanVersion version = PlanVersion.findById(versionId);
        if (version == null || !version.isAdopted()) {
            throw ApiException.notFound("Adopted plan version", versionId);
        }
        return tree(version);
    }

    /** The tree of the version in force. */
    @Transactional
    public VersionTree currentTree(UUID planId) {
        PlanVersion current = PlanVersion.current(planId);
        if (current == null) {
            throw ApiException.notFound("Adopted version of plan", planId);
        }
        return tree(current);
    }

    private VersionTree tree(PlanVersion version) {
        Plan plan = Plan.findById(version.planId);
        return new VersionTree(PlanView.of(plan), VersionView.of(version),
                Section.ofVersion(version.id).stream().map(mapper::view).toList(),
                mapper.tree(TargetArea.ofVersion(version.id), Goal.ofVersion(version.id)));
    }
}
