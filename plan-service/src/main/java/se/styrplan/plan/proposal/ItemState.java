package se.styrplan.plan.proposal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.plan.proposal.PlanTree.IndicatorNode;
import se.styrplan.plan.structure.TextBlock;

/** An item on one side of a change. Only what concerns the item's kind is filled in. */
@Schema(name = "ChangedItem", description = "An item on one side of a change; only the fields of its kind are present")
public record ItemState(
        @Schema(nullable = true) String title,
        @Schema(description = "Section blocks, a target area's or a goal's description", nullable = true) List<TextBlock> text,
        @Schema(nullable = true) String responsibleBody,
        @Schema(description = "A goal's target area", nullable = true) String targetAreaKey,
        @Schema(description = "A goal's SDGs (an added goal), or the one SDG of an SDG link", nullable = true) List<Integer> sdgs,
        @Schema(description = "A goal's indicators (an added goal), or the one line of an indicator link", nullable = true) List<IndicatorNode> indicators) {

    static ItemState titled(String title, List<TextBlock> text) {
        return new ItemState(title, text, null, null, null, null);
    }

    static ItemState goal(PlanTree.GoalNode g, String areaKey, boolean whole) {
        return new ItemState(g.title(), whole ? g.description() : null, g.responsibleBody(), areaKey,
                whole ? g.sdgs() : null, whole ? g.indicators() : null);
    }

    static ItemState sdg(int number) {
        return new ItemState(String.valueOf(number), null, null, null, List.of(number), null);
    }

    static ItemState indicator(IndicatorNode indicator) {
        return new ItemState(indicator.title(), null, null, null, null, List.of(indicator));
    }
}
