package se.styrplan.plan.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run of text and how a comparison marks it: unchanged, added (new text) or removed. */
@Schema(name = "TextRun", description = "A run of text marked as in the source document: unchanged (black), added (blue) or removed (red)")
public record TextRun(
        @Schema(enumeration = { "unchanged", "added", "removed" }) String mark,
        @Schema(description = "The text, spaces included: the unchanged and removed runs joined give the old text, the unchanged and added runs the new")
        String text) {

    public static final String UNCHANGED = "unchanged";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";

    public boolean isUnchanged() {
        return UNCHANGED.equals(mark);
    }
}
