package se.styrplan.plan.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a proposal says about one item: a comment, a motivation, and whether the reading is uncertain. */
@Schema(name = "ProposalNote", description = "A proposal's comment and motivation for one item, keyed like the changes")
public record NoteView(
        ItemKind itemKind,
        @Schema(description = "The item's stable key; for an indicator the goal's key, ':' and the indicator id; for an SDG the goal's key, ':' and its number",
                examples = "karlstad-ska-ha-ett-gott-foretagsklimat") String itemKey,
        @Schema(description = "\"Kommentar\"", nullable = true) String comment,
        @Schema(description = "\"Motivering till förändring\"; paragraphs separated by a blank line", nullable = true) String motivation,
        @Schema(description = "The reading of the source document is uncertain (see note)") boolean uncertain,
        @Schema(description = "A remark on the item or its reading", nullable = true) String note) {

    public String id() {
        return id(itemKind, itemKey);
    }

    public static String id(ItemKind kind, String key) {
        return kind.code() + "|" + key;
    }
}
