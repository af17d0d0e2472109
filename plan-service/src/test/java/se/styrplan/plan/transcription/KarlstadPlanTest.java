package se.styrplan.plan.transcription;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.proposedVersionId;
import static se.styrplan.plan.PlanApi.sourceDocument;
import static se.styrplan.plan.PlanApi.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The loaded Karlstad plan, read back through the API, against the source document itself (not against the
 * transcription that was loaded): the document's table of contents, goal headings, SDG lines and indicator lines.
 */
@QuarkusTest
class KarlstadPlanTest {

    private static final Pattern TOC_ENTRY = Pattern.compile("^(.*?)\\.*\\t\\d+$");
    private static final Pattern SDG = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s");

    private static List<String> source;

    @BeforeAll
    static void readSource() throws IOException {
        // the document has lines of non-breaking spaces; they are blank lines
        source = Files.readAllLines(sourceDocument()).stream().map(l -> l.replace('\u00a0', ' ').strip()).toList();
    }

    @Test
    void targetAreasAreThoseOfTheTableOfContents() {
        List<String> areas = goalsOf(tree(adoptedVersionId()), "title", false);
        assertThat(areas).containsExactlyElementsOf(tocEntries().stream().filter(KarlstadPlanTest::isTargetArea).toList());
        assertThat(areas).hasSize(4);
    }

    @Test
    void adoptedVersionHasEveryGoalOfTheTableOfContentsInOrder() {
        List<String> goals = goalsOf(tree(adoptedVersionId()), "title", true);
        List<String> toc = tocEntries().stream().filter(e -> !isTargetArea(e) && !e.startsWith("Inledning")).toList();
        assertThat(goals).hasSize(toc.size()).hasSize(21);
        for (int i = 0; i < toc.size(); i++) {
            // the table of contents shortens one heading ("… bra bostäder" for "… bra bostäder och bostadsområden")
            assertThat(goals.get(i)).startsWith(toc.get(i));
            assertThat(source).contains(goals.get(i));
        }
    }

    @Test
    void proposedVersionAddsTheNewGoalAndDropsTheTwoRemovedOnes() {
        Set<String> adopted = new HashSet<>(goalsOf(tree(adoptedVersionId()), "title", true));
        List<String> proposed = goalsOf(tree(proposedVersionId()), "title", true);

        List<String> added = proposed.stream().filter(g -> !adopted.contains(g)).toList();
        assertThat(added).containsExactly("Karlstad ska stärka sin roll som tillväxtmotor i ett regionalt och nationellt perspektiv");
        assertThat(linesAfter(added.get(0), 3)).contains("Motivering till förändring");

        List<String> removed = adopted.stream().filter(g -> !proposed.contains(g)).sorted().toList();
        assertThat(removed).containsExactly("Karlstad ska ha ett gott företagsklimat",
                "Karlstads befolkning ska årligen öka med minst en procent");
        removed.forEach(goal -> assertThat(linesAfter(goal, 3)).anyMatch(l -> l.startsWith("Kommentar: Målet utgår")));

        assertThat(adopted.size() + added.size()).isEqualTo(22);
    }

    @Test
    void everyGoalHasItsSdgsExactlyAsTheDocumentListsThem() {
        Map<String, List<Integer>> apiSdgs = new LinkedHashMap<>();
        for (JsonPath tree : List.of(tree(adoptedVersionId()), tree(proposedVersionId()))) {
            List<Map<String, Object>> goals = tree.getList("targetAreas.goals.flatten()");
            goals.forEach(g -> apiSdgs.put((String) g.get("title"),
                    ((List<Map<String, Object>>) g.get("sdgs")).stream().map(s -> (Integer) s.get("number")).toList()));
        }
        assertThat(apiSdgs).hasSize(22);
        apiSdgs.forEach((goal, sdgs) -> assertThat(sdgs).as("SDGs of %s", goal).isEqualTo(sdgsInSource(goal)));
    }

    @Test
    void everyIndicatorLineOfTheDocumentIsLinkedToItsGoal() {
        Set<String> links = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        List<String> headings = new ArrayList<>();
        JsonPath adopted = tree(adoptedVersionId());
        JsonPath proposed = tree(proposedVersionId());
        headings.addAll(goalsOf(adopted, "title", false));
        headings.addAll(goalsOf(adopted, "title", true));
        headings.addAll(goalsOf(proposed, "title", true));
        for (JsonPath tree : List.of(adopted, proposed)) {
            List<Map<String, Object>> goals = tree.getList("targetAreas.goals.flatten()");
            for (Map<String, Object> goal : goals) {
                String title = (String) goal.get("title");
                List<String> block = blockOf(title, headings);
                for (Map<String, Object> indicator : (List<Map<String, Object>>) goal.get("indicators")) {
                    String line = (String) indicator.get("title");
                    assertThat(block).as("indicator line under %s", title).contains(line);
                    links.add(goal.get("key") + "|" + line);
                    indicatorIds.add((String) indicator.get("indicatorId"));
                }
            }
        }
        assertThat(links).hasSize(72);
        assertThat(indicatorIds).hasSize(71);
    }

    private static List<String> goalsOf(JsonPath tree, String field, boolean goals) {
        return goals ? tree.getList("targetAreas.goals.flatten()." + field) : tree.getList("targetAreas." + field);
    }

    private static List<String> tocEntries() {
        int start = source.indexOf("Innehållsförteckning");
        List<String> entries = new ArrayList<>();
        for (String line : source.subList(start + 1, source.size())) {
            Matcher entry = TOC_ENTRY.matcher(line);
            if (entry.matches()) {
                entries.add(entry.group(1).strip());
            } else if (!line.isEmpty()) {
                break;
            }
        }
        return entries;
    }

    /** In the body, a target area's heading is followed by its "Beskrivning"; a goal's by its SDGs or a comment. */
    private static boolean isTargetArea(String tocEntry) {
        int heading = -1;
        for (int i = source.size() - 1; i > 0; i--) {
            if (source.get(i).startsWith(tocEntry) && !source.get(i).contains("\t")) {
                heading = i;
                break;
            }
        }
        assertThat(heading).as("body heading of '%s'", tocEntry).isPositive();
        return source.subList(heading + 1, source.size()).stream().filter(l -> !l.isEmpty()).findFirst().orElse("").equals("Beskrivning");
    }

    /** The body heading of a goal: the last line equal to its title (the table of contents has page numbers). */
    private static int headingOf(String title) {
        int index = source.lastIndexOf(title);
        assertThat(index).as("heading '%s' in the source", title).isPositive();
        return index;
    }

    private static List<String> linesAfter(String heading, int count) {
        int at = headingOf(heading);
        return source.subList(at + 1, Math.min(source.size(), at + 1 + count * 2)).stream().filter(l -> !l.isEmpty()).limit(count).toList();
    }

    /** The numbers on the lines between a goal's heading and its "Beskrivning" (comments skipped). */
    private static List<Integer> sdgsInSource(String goal) {
        List<Integer> numbers = new ArrayList<>();
        for (String line : source.subList(headingOf(goal) + 1, source.size())) {
            if (line.equals("Beskrivning") || line.equals("Motivering till förändring")) {
                break;
            }
            if (line.startsWith("Kommentar:")) {
                continue;
            }
            Matcher m = SDG.matcher(line + " ");
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    /** The source lines from a goal's heading to the next heading of any goal or target area. */
    private static List<String> blockOf(String goal, List<String> headings) {
        int start = headingOf(goal);
        int end = source.size();
        for (String other : headings) {
            int at = source.lastIndexOf(other);
            if (at > start && at < end) {
                end = at;
            }
        }
        return source.subList(start, end);
    }
}
