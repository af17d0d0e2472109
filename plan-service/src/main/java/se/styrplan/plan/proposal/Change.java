package se.styrplan.plan.proposal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One difference between two versions, found by comparing items by their stable keys. Computed, never stored.
 * Applying the changes of version a → b to a gives b ({@link VersionComparison#apply}).
 */
@Schema(name = "Change", description = "One difference between two versions, by stable item key")
public record Change(
        ItemKind itemKind,
        @Schema(description = "The item's stable key; for a reordering the key of the list's owner (a target area, a goal, or 'plan')")
        String itemKey,
        ChangeKind change,
        @Schema(description = "The item's title as it reads now (as it read, when removed)") String title,
        @Schema(description = "Where the item is: a goal's target area; the goal of an SDG, indicator or goal text", nullable = true)
        String parentKey,
        @Schema(description = "A moved goal's target area before", nullable = true) String fromParentKey,
        @Schema(description = "Added or moved items: the key of the item now before it in its list (null: first)", nullable = true)
        String placedAfter,
        @Schema(description = "Changed or moved items: what changed (title, text, responsibleBody, targetArea)", nullable = true)
        List<String> fields,
        @Schema(nullable = true) ItemState before,
        @Schema(nullable = true) ItemState after,
        @Schema(description = "A changed title, word by word", nullable = true) List<TextRun> titleDiff,
        @Schema(description = "A changed text, paragraph by paragraph and word by word", nullable = true) List<DiffParagraph> textDiff,
        @Schema(description = "A reordering: the keys of the list's items in their new order", nullable = true) List<String> order,
        @Schema(description = "The proposal's comment and motivation for this item", nullable = true) NoteView note) {

    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String RESPONSIBLE_BODY = "responsibleBody";
    public static final String TARGET_AREA = "targetArea";

    public Change withNote(NoteView note) {
        return new Change(itemKind, itemKey, change, title, parentKey, fromParentKey, placedAfter, fields, before, after,
                titleDiff, textDiff, order, note);
    }

    /** What identifies the change when two comparisons are set side by side. */
    public String identity() {
        return itemKind.code() + (change == ChangeKind.REORDERED ? "|order|" : "|") + itemKey;
    }

    static Change added(ItemKind kind, String key, String title, String parent, String placedAfter, ItemState after) {
        return new Change(kind, key, ChangeKind.ADDED, title, parent, null, placedAfter, null, null, after, null, null, null, null);
    }

    static Change removed(ItemKind kind, String key, String title, String parent, ItemState before) {
        return new Change(kind, key, ChangeKind.REMOVED, title, parent, null, null, null, before, null, null, null, null, null);
    }

    static Change reordered(ItemKind kind, String owner, String title, String parent, List<String> order) {
        return new Change(kind, owner, ChangeKind.REORDERED, title, parent, null, null, null, null, null, null, null,
                List.copyOf(order), null);
    }
}
