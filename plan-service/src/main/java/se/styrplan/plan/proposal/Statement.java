package se.styrplan.plan.proposal;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement proposal's text: an introduction, the priorities, closing words. */
@Schema(name = "ProposalStatement", description = "The text of a statement: introduction paragraphs, the priorities, closing paragraphs")
public record Statement(
        @Schema(description = "Introduction paragraphs") @Size(max = 50) List<@NotNull @Size(max = 20_000) String> intro,
        @Schema(description = "The priorities, in order") @Size(max = 50) List<@NotNull @Size(max = 20_000) String> priorities,
        @Schema(description = "Closing paragraphs") @Size(max = 50) List<@NotNull @Size(max = 20_000) String> closing) {

    public Statement {
        intro = intro == null ? List.of() : List.copyOf(intro);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        closing = closing == null ? List.of() : List.copyOf(closing);
    }

    public static Statement empty() {
        return new Statement(List.of(), List.of(), List.of());
    }
}
