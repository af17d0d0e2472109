package se.styrplan.plan.version;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.StructureMapper;
import se.styrplan.plan.structure.StructureViews.SectionView;
import se.styrplan.plan.structure.StructureViews.TargetAreaNode;
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

    @Inject
    @CacheName("adopted-version-content")
    Cache adoptedContent;

    @Inject
    ProposalAccess access;

    @Transactional
    public VersionTree tree(UUID versionId) {
        return tree(PlanVersion.require(versionId));
    }

    /** The tree, if the caller may read the version (a proposal's working copy: with its proposal; 404 otherwise). */
    @Transactional
    public VersionTree readableTree(UUID versionId) {
        return tree(access.requireReadableVersion(versionId));
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
        Content content = version.isAdopted() ? adoptedContent(version.id) : content(version.id);
        return new VersionTree(PlanView.of(plan), VersionView.of(version), content.sections(), content.targetAreas());
    }

    /** A version's sections and target areas → goals → indicators: what an adoption freezes. */
    record Content(List<SectionView> sections, List<TargetAreaNode> targetAreas) {
    }

    /**
     * An adopted version's content never changes, so it is read once and kept (per replica; the plan's and the
     * version's own fields, which may, are read on every call). Drafts and proposals are always read afresh.
     */
    private Content adoptedContent(UUID versionId) {
        CaffeineCache cache = adoptedContent.as(CaffeineCache.class);
        CompletableFuture<Object> cached = cache.getIfPresent(versionId);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return (Content) cached.join();
        }
        Content content = content(versionId);
        cache.put(versionId, CompletableFuture.completedFuture(content));
        return content;
    }

    private Content content(UUID versionId) {
        return new Content(Section.ofVersion(versionId).stream().map(mapper::view).toList(),
                mapper.tree(TargetArea.ofVersion(versionId), Goal.ofVersion(versionId)));
    }
}
