package se.styrplan.plan.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The word diff of each marked paragraph of the Karlstad transcription, computed from its text before and after the
 * proposal, marks what the document's authors marked: every added run lies inside added text, every removed run
 * inside removed text, and the rest is unchanged.
 */
class KarlstadWordDiffTest {

    private static final Path SEED = Path.of(System.getProperty("styrplan.root", "..")).resolve("deploy/seed/karlstad-strategisk-plan.json");

    @Test
    void theWordDiffOfEachMarkedParagraphMarksWhatTheDocumentMarks() {
        JsonPath seed = JsonPath.from(SEED.toFile());
        List<List<Map<String, Object>>> paragraphs = new ArrayList<>();
        for (Map<String, Object> section : seed.<Map<String, Object>>getList("sections")) {
            collect(section.get("blocks"), paragraphs);
        }
        for (Map<String, Object> area : seed.<Map<String, Object>>getList("targetAreas")) {
            collect(area.get("description"), paragraphs);
            for (Map<String, Object> goal : (List<Map<String, Object>>) area.get("goals")) {
                if ("unchanged".equals(goal.get("change"))) {
                    collect(goal.get("description"), paragraphs);
                }
            }
        }
        int marked = 0;
        for (List<Map<String, Object>> paragraph : paragraphs) {
            if (paragraph.stream().allMatch(run -> "unchanged".equals(run.get("mark")))) {
                continue;
            }
            String before = text(paragraph, "added");
            String after = text(paragraph, "removed");
            List<TextRun> diff = WordDiff.diff(before, after);
            String added = diff.stream().filter(r -> TextRun.ADDED.equals(r.mark())).map(TextRun::text).collect(Collectors.joining("|"));
            String removed = diff.stream().filter(r -> TextRun.REMOVED.equals(r.mark())).map(TextRun::text).collect(Collectors.joining("|"));
            for (Map<String, Object> run : paragraph) {
                String text = ((String) run.get("text")).strip();
                if ("added".equals(run.get("mark"))) {
                    assertThat(added).as("added runs of: %s", after).contains(text);
                    marked++;
                } else if ("removed".equals(run.get("mark"))) {
                    assertThat(removed).as("removed runs of: %s", before).contains(text);
                    marked++;
                }
            }
        }
        assertThat(marked).isGreaterThanOrEqualTo(20);
    }

    private static void collect(Object blocks, List<List<Map<String, Object>>> out) {
        for (Map<String, Object> block : (List<Map<String, Object>>) blocks) {
            out.addAll((List<List<Map<String, Object>>>) block.get("paragraphs"));
        }
    }

    /** The paragraph on one side: every run but those with the other side's mark. */
    private static String text(List<Map<String, Object>> paragraph, String leftOut) {
        return paragraph.stream().filter(run -> !leftOut.equals(run.get("mark"))).map(run -> (String) run.get("text"))
                .collect(Collectors.joining()).strip();
    }
}
