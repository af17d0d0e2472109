package se.styrplan.plan.structure;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of description text: an optional sub-heading and its paragraphs. */
@Schema(name = "TextBlock", description = "A titled or untitled part of a description")
public record TextBlock(
        @Schema(description = "Sub-heading, if the part has one", examples = "TILLIT TILL ANDRA MÄNNISKOR OCH TILL KOMMUNEN", nullable = true)
        @Size(max = 300) String heading,
        @Schema(description = "The paragraphs, in order")
        @NotNull @Size(max = 100) List<@NotNull @Size(max = 20_000) String> paragraphs) {
}
