package se.styrplan.plan.structure;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.plan.sdg.SdgCatalog;
import se.styrplan.plan.structure.StructureViews.GoalView;
import se.styrplan.plan.structure.StructureViews.IndicatorLinkView;
import se.styrplan.plan.structure.StructureViews.SectionView;
import se.styrplan.plan.structure.StructureViews.TargetAreaNode;
import se.styrplan.plan.structure.StructureViews.TargetAreaView;

/** Entities to API views. */
@ApplicationScoped
public class StructureMapper {

    @Inject
    SdgCatalog sdgs;

    public SectionView view(Section s) {
        return new SectionView(s.id, s.key, s.title, List.copyOf(s.blocks), s.position);
    }

    public TargetAreaView view(TargetArea a) {
        return new TargetAreaView(a.id, a.key, a.title, List.copyOf(a.description), a.position);
    }

    public GoalView view(Goal g) {
        return new GoalView(g.id, g.key, g.versionId, g.targetAreaId, g.title, List.copyOf(g.description),
                sdgs.of(g.sdgs),
                g.indicators.stream().map(i -> new IndicatorLinkView(i.indicatorId, i.title)).toList(),
                g.responsibleBody, g.position);
    }

    /** Target areas in order, each with its goals in order. */
    public List<TargetAreaNode> tree(List<TargetArea> areas, List<Goal> goals) {
        Map<UUID, List<Goal>> byArea = goals.stream().collect(Collectors.groupingBy(g -> g.targetAreaId));
        return areas.stream().map(a -> new TargetAreaNode(a.id, a.key, a.title, List.copyOf(a.description), a.position,
                byArea.getOrDefault(a.id, List.of()).stream()
                        .sorted((x, y) -> Integer.compare(x.position, y.position))
                        .map(this::view).toList()))
                .toList();
    }
}
