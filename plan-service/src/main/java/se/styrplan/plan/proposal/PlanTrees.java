package se.styrplan.plan.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.styrplan.plan.proposal.PlanTree.AreaNode;
import se.styrplan.plan.proposal.PlanTree.GoalNode;
import se.styrplan.plan.proposal.PlanTree.IndicatorNode;
import se.styrplan.plan.proposal.PlanTree.SectionNode;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.IndicatorLink;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.TargetArea;

/** Reads a version into a {@link PlanTree}, and writes a tree into an empty draft version. */
@ApplicationScoped
public class PlanTrees {

    public PlanTree load(UUID versionId) {
        List<SectionNode> sections = Section.ofVersion(versionId).stream()
                .map(s -> new SectionNode(s.key, s.title, s.blocks)).toList();
        Map<UUID, List<Goal>> goals = Goal.ofVersion(versionId).stream().collect(Collectors.groupingBy(g -> g.targetAreaId));
        List<AreaNode> areas = TargetArea.ofVersion(versionId).stream()
                .map(a -> new AreaNode(a.key, a.title, a.description, goals.getOrDefault(a.id, List.of()).stream()
                        .sorted((x, y) -> Integer.compare(x.position, y.position))
                        .map(PlanTrees::node).toList()))
                .toList();
        return new PlanTree(sections, areas);
    }

    private static GoalNode node(Goal g) {
        return new GoalNode(g.key, g.title, g.description, g.responsibleBody, List.copyOf(g.sdgs),
                g.indicators.stream().map(i -> new IndicatorNode(i.indicatorId, i.title)).toList());
    }

    /** Fills an empty version with the tree: new ids, the tree's keys and order. */
    public void write(PlanTree tree, UUID versionId) {
        int position = 0;
        for (SectionNode s : tree.sections()) {
            Section section = new Section();
            section.id = UUID.randomUUID();
            section.versionId = versionId;
            section.key = s.key();
            section.title = s.title();
            section.blocks = new ArrayList<>(s.blocks());
            section.position = position++;
            section.persist();
        }
        position = 0;
        for (AreaNode a : tree.targetAreas()) {
            TargetArea area = new TargetArea();
            area.id = UUID.randomUUID();
            area.versionId = versionId;
            area.key = a.key();
            area.title = a.title();
            area.description = new ArrayList<>(a.description());
            area.position = position++;
            area.persist();
            int goalPosition = 0;
            for (GoalNode g : a.goals()) {
                Goal goal = new Goal();
                goal.id = UUID.randomUUID();
                goal.versionId = versionId;
                goal.targetAreaId = area.id;
                goal.key = g.key();
                goal.title = g.title();
                goal.description = new ArrayList<>(g.description());
                goal.responsibleBody = g.responsibleBody();
                goal.position = goalPosition++;
                goal.sdgs.addAll(g.sdgs());
                g.indicators().forEach(i -> goal.indicators.add(new IndicatorLink(i.indicatorId(), i.title())));
                goal.persist();
            }
        }
    }
}
