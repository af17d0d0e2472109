package se.styrplan.plan.proposal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One heading or paragraph of a compared text, as marked runs. */
@Schema(name = "DiffParagraph", description = "A heading or paragraph of a compared text, as marked runs")
public record DiffParagraph(
        @Schema(enumeration = { "heading", "paragraph" }) String role,
        List<TextRun> runs) {

    public static final String HEADING = "heading";
    public static final String PARAGRAPH = "paragraph";

    public DiffParagraph {
        runs = List.copyOf(runs);
    }

    /** The text on one side: "before" joins unchanged and removed runs, "after" unchanged and added. */
    public String text(boolean after) {
        StringBuilder text = new StringBuilder();
        for (TextRun run : runs) {
            if (run.isUnchanged() || (after ? TextRun.ADDED : TextRun.REMOVED).equals(run.mark())) {
                text.append(run.text());
            }
        }
        return text.toString();
    }
}
