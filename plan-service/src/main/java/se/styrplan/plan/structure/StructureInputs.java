package se.styrplan.plan.structure;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may write. Ids, keys, versions and positions are the service's to set. */
public final class StructureInputs {

    private StructureInputs() {
    }

    @Schema(name = "SectionInput", description = "An introduction section's title and text")
    public record SectionInput(
            @Schema(examples = "TILLIT OCH SAMMANHÅLLNING") @NotBlank @Size(max = 300) String title,
            @Size(max = 50) List<@Valid @NotNull TextBlock> blocks) {
    }

    @Schema(name = "TargetAreaInput", description = "A target area's title and description")
    public record TargetAreaInput(
            @Schema(examples = "En miljösmart kommun") @NotBlank @Size(max = 300) String title,
            @Size(max = 50) List<@Valid @NotNull TextBlock> description) {
    }

    @Schema(name = "GoalInput", description = "A goal's content: title, description, SDG links and indicators")
    public record GoalInput(
            @Schema(examples = "Karlstad ska vara en fossilfri och klimatsmart kommun") @NotBlank @Size(max = 500) String title,
            @Size(max = 50) List<@Valid @NotNull TextBlock> description,
            @Schema(description = "Responsible board or department", nullable = true) @Size(max = 300) String responsibleBody,
            @Schema(description = "Agenda 2030 goal numbers, 1 to 17, in order", examples = "[7, 11, 13]")
            @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
            @Size(max = 100) List<@Valid @NotNull IndicatorLinkInput> indicators) {
    }

    @Schema(name = "IndicatorLinkInput", description = "An indicator of the catalogue, and the line as the plan words it")
    public record IndicatorLinkInput(
            @Schema(description = "Id in indicator-service's catalogue") @NotNull UUID indicatorId,
            @Schema(examples = "Hotellövernattningar i Karlstad, antal") @NotBlank @Size(max = 1000) String title) {
    }

    @Schema(name = "SdgLinksInput", description = "The complete list of a goal's SDG numbers, in order")
    public record SdgLinksInput(@NotNull @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs) {
    }

    @Schema(name = "IndicatorLinksInput", description = "The complete list of a goal's indicators, in order")
    public record IndicatorLinksInput(@NotNull @Size(max = 100) List<@Valid @NotNull IndicatorLinkInput> indicators) {
    }

    @Schema(name = "OrderInput", description = "Every id of the list, in the wanted order")
    public record OrderInput(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> ids) {
    }

    @Schema(name = "MoveGoalInput", description = "Where a goal moves: another target area of the same version, at a position")
    public record MoveGoalInput(
            @NotNull UUID targetAreaId,
            @Schema(description = "Position in the target area, from 0; at the end when absent", nullable = true)
            @Min(0) @Max(500) Integer position) {
    }
}
