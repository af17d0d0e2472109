package se.styrplan.plan.structure;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrplan.plan.sdg.SdgView;

/** What the API shows of a version's structure. */
public final class StructureViews {

    private StructureViews() {
    }

    @Schema(name = "Section", description = "An introduction section of a plan version")
    public record SectionView(
            @Schema(description = "Id (unique per version)") UUID id,
            @Schema(description = "Stable key, the same in every version", examples = "tillit-och-sammanhallning") String key,
            @Schema(examples = "TILLIT OCH SAMMANHÅLLNING") String title,
            List<TextBlock> blocks,
            @Schema(description = "Order among the version's sections, from 0") int position) {
    }

    @Schema(name = "TargetArea", description = "A target area (målområde)")
    public record TargetAreaView(
            UUID id,
            @Schema(examples = "en-miljosmart-kommun") String key,
            @Schema(examples = "En miljösmart kommun") String title,
            List<TextBlock> description,
            int position) {
    }

    @Schema(name = "IndicatorLink", description = "An indicator of a goal: its id in the indicator catalogue and the line as the plan words it")
    public record IndicatorLinkView(
            @Schema(description = "Id in indicator-service's catalogue") UUID indicatorId,
            @Schema(examples = "Hotellövernattningar i Karlstad, antal") String title) {
    }

    @Schema(name = "Goal", description = "An overarching goal (övergripande mål)")
    public record GoalView(
            UUID id,
            @Schema(examples = "karlstad-ska-vara-en-fossilfri-och-klimatsmart-kommun") String key,
            UUID versionId,
            UUID targetAreaId,
            @Schema(examples = "Karlstad ska vara en fossilfri och klimatsmart kommun") String title,
            List<TextBlock> description,
            @Schema(description = "Linked Agenda 2030 goals, in the plan's order") List<SdgView> sdgs,
            @Schema(description = "Indicators, in the plan's order") List<IndicatorLinkView> indicators,
            @Schema(description = "Responsible board or department, where known", nullable = true) String responsibleBody,
            @Schema(description = "Order within the target area, from 0") int position) {
    }

    @Schema(name = "TargetAreaNode", description = "A target area with its goals, as part of a version tree")
    public record TargetAreaNode(
            UUID id,
            String key,
            String title,
            List<TextBlock> description,
            int position,
            List<GoalView> goals) {
    }
}
