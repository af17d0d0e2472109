package se.styrplan.plan.proposal;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.plan.structure.TextBlock;

/**
 * A version's content as plain values, identified by the keys items keep across versions (ids are per version and
 * play no part): what {@link VersionComparison} compares, applies and merges. Lists are in the plan's order.
 */
public record PlanTree(List<SectionNode> sections, List<AreaNode> targetAreas) {

    public PlanTree {
        sections = List.copyOf(sections);
        targetAreas = List.copyOf(targetAreas);
    }

    public record SectionNode(String key, String title, List<TextBlock> blocks) {
        public SectionNode {
            blocks = List.copyOf(blocks);
        }
    }

    public record AreaNode(String key, String title, List<TextBlock> description, List<GoalNode> goals) {
        public AreaNode {
            description = List.copyOf(description);
            goals = List.copyOf(goals);
        }
    }

    /** A goal: SDG numbers and indicators in the plan's order, each at most once. */
    public record GoalNode(String key, String title, List<TextBlock> description, String responsibleBody,
            List<Integer> sdgs, List<IndicatorNode> indicators) {
        public GoalNode {
            description = List.copyOf(description);
            sdgs = List.copyOf(sdgs);
            indicators = List.copyOf(indicators);
        }
    }

    @Schema(name = "ComparedIndicator", description = "An indicator line of a goal: the catalogue id and the line as the plan words it")
    public record IndicatorNode(UUID indicatorId, String title) {
    }
}
