package se.styrplan.plan.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.styrplan.plan.proposal.PlanTree.AreaNode;
import se.styrplan.plan.proposal.PlanTree.GoalNode;
import se.styrplan.plan.proposal.PlanTree.IndicatorNode;
import se.styrplan.plan.proposal.PlanTree.SectionNode;
import se.styrplan.plan.structure.TextBlock;

/**
 * Properties of the pure comparison code over random plan versions: keys, titles, texts, SDG and indicator lists
 * drawn from small pools, so that two random versions share many items and differ in every way a proposal can.
 */
class ProposalDiffPropertiesTest {

    private static final List<String> WORDS = List.of("Karlstad", "ska", "vara", "en", "hållbar", "kommun", "för", "alla",
            "och", "med", "goda", "möjligheter", "<b>", "&amp;", "\"citat\"", "år", "2030.", "Vänern,", "barn", "unga");
    private static final List<UUID> INDICATORS = List.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("00000000-0000-0000-0000-000000000002"), UUID.fromString("00000000-0000-0000-0000-000000000003"),
            UUID.fromString("00000000-0000-0000-0000-000000000004"), UUID.fromString("00000000-0000-0000-0000-000000000005"),
            UUID.fromString("00000000-0000-0000-0000-000000000006"));

    @Property(tries = 400)
    void applyingTheChangesFromAToBToAGivesB(@ForAll("trees") PlanTree a, @ForAll("trees") PlanTree b) {
        List<Change> changes = VersionComparison.compare(a, b);

        assertThat(VersionComparison.apply(a, changes)).isEqualTo(b);
    }

    @Property(tries = 100)
    void aVersionComparedWithItselfHasNoChanges(@ForAll("trees") PlanTree a) {
        assertThat(VersionComparison.compare(a, a)).isEmpty();
        assertThat(VersionComparison.apply(a, List.of())).isEqualTo(a);
    }

    @Property(tries = 300)
    void changesToDisjointItemsDoNotConflictAndBothApply(@ForAll("trees") PlanTree base, @ForAll("trees") PlanTree theirs) {
        // ours: only the first goal's title changes; theirs: anything
        List<Change> oursChanges = VersionComparison.compare(base, retitleFirstGoal(base));
        List<Change> theirChanges = VersionComparison.compare(base, theirs);
        List<VersionComparison.Conflict> conflicts = VersionComparison.conflicts(oursChanges, theirChanges);
        if (conflicts.isEmpty()) {
            PlanTree merged = VersionComparison.apply(theirs, oursChanges);
            // every change of ours is in the merged version, and nothing else of ours
            assertThat(VersionComparison.compare(theirs, merged)).allSatisfy(c ->
                    assertThat(oursChanges).anySatisfy(o -> assertThat(o.identity()).isEqualTo(c.identity())));
        } else {
            assertThat(conflicts).allSatisfy(c -> assertThat(c.itemKey()).isEqualTo(firstGoalKey(base)));
        }
    }

    @Property(tries = 1000)
    void wordDiffNeverLosesOrDuplicatesAWord(@ForAll("texts") String from, @ForAll("texts") String to) {
        List<TextRun> runs = WordDiff.diff(from, to);

        assertThat(join(runs, TextRun.REMOVED)).isEqualTo(from);
        assertThat(join(runs, TextRun.ADDED)).isEqualTo(to);
        assertThat(WordDiff.words(join(runs, TextRun.REMOVED))).isEqualTo(WordDiff.words(from));
        assertThat(WordDiff.words(join(runs, TextRun.ADDED))).isEqualTo(WordDiff.words(to));
        assertThat(runs).allSatisfy(r -> assertThat(r.text()).isNotEmpty());
    }

    @Property(tries = 500)
    void theRenderedWordDiffShowsEveryWordOnceOnItsSide(@ForAll("texts") String from, @ForAll("texts") String to) {
        Element paragraph = Jsoup.parseBodyFragment("<p>" + DocumentRenderer.runs(WordDiff.diff(from, to)) + "</p>").selectFirst("p");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        collect(paragraph, before, after, null);

        assertThat(WordDiff.words(before.toString())).isEqualTo(WordDiff.words(from));
        assertThat(WordDiff.words(after.toString())).isEqualTo(WordDiff.words(to));
        assertThat(paragraph.select("ins, del")).allSatisfy(e -> assertThat(e.children()).isEmpty());
    }

    @Property(tries = 200)
    void theRenderedDocumentOfTwoVersionsShowsEveryWordOfBoth(@ForAll("trees") PlanTree a, @ForAll("trees") PlanTree b) {
        Document doc = Jsoup.parse(DocumentRenderer.comparison("Jämförelse <a> & \"b\"", List.of("Fakta"), a, b, List.of(),
                Map.of(3, "Hälsa och välbefinnande")));
        assertThat(doc.title()).isEqualTo("Jämförelse <a> & \"b\"");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        collect(doc.selectFirst("main"), before, after, null);
        // every word of every goal title, text and indicator is there on its side, as often as it occurs
        assertContainsAsOften(WordDiff.words(before.toString()), treeWords(a));
        assertContainsAsOften(WordDiff.words(after.toString()), treeWords(b));
        assertThat(doc.select("article.goal")).hasSizeGreaterThanOrEqualTo(goalCount(b));
    }

    /** The text before (all but inserted) and after (all but deleted), walking the nodes in order. */
    private static void collect(Element element, StringBuilder before, StringBuilder after, String inside) {
        for (org.jsoup.nodes.Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                if (!"ins".equals(inside)) {
                    before.append(text.getWholeText());
                }
                if (!"del".equals(inside)) {
                    after.append(text.getWholeText());
                }
            } else if (node instanceof Element child) {
                boolean block = child.isBlock();
                if (block) {
                    before.append(' ');
                    after.append(' ');
                }
                collect(child, before, after, child.tagName().equals("ins") || child.tagName().equals("del") ? child.tagName() : inside);
                if (block) {
                    before.append(' ');
                    after.append(' ');
                }
            }
        }
    }

    private static List<String> treeWords(PlanTree tree) {
        List<String> words = new ArrayList<>();
        for (AreaNode area : tree.targetAreas()) {
            for (GoalNode goal : area.goals()) {
                words.addAll(WordDiff.words(goal.title()));
                goal.description().forEach(block -> block.paragraphs().forEach(p -> words.addAll(WordDiff.words(p))));
                goal.indicators().forEach(i -> words.addAll(WordDiff.words(i.title())));
            }
        }
        return words;
    }

    private static void assertContainsAsOften(List<String> text, List<String> words) {
        Map<String, Long> have = text.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        Map<String, Long> need = words.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        need.forEach((word, n) -> assertThat(have.getOrDefault(word, 0L)).as("occurrences of '%s'", word).isGreaterThanOrEqualTo(n));
    }

    private static int goalCount(PlanTree tree) {
        return tree.targetAreas().stream().mapToInt(a -> a.goals().size()).sum();
    }

    // ---- generators

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "  ", "\n", " \u00a0");
        return Combinators.combine(word.list().ofMaxSize(14), space.list().ofSize(14), Arbitraries.of("", " "))
                .as((words, spaces, lead) -> {
                    StringBuilder text = new StringBuilder(lead);
                    for (int i = 0; i < words.size(); i++) {
                        text.append(i == 0 ? "" : spaces.get(i)).append(words.get(i));
                    }
                    return text.toString();
                });
    }

    @Provide
    Arbitrary<PlanTree> trees() {
        Arbitrary<List<TextBlock>> blocks = Combinators.combine(Arbitraries.of("", "RUBRIK", "Annan rubrik").optional(),
                Arbitraries.of("Vi ska göra mer.", "Vi ska göra mindre.", "Alla ska med.").list().ofMaxSize(3))
                .as((h, ps) -> new TextBlock(h.filter(s -> !s.isEmpty()).orElse(null), ps)).list().ofMaxSize(2);
        Arbitrary<String> title = Arbitraries.of("Mål A", "Mål B", "Ett annat mål", "Karlstad ska växa");
        Arbitrary<List<Integer>> sdgs = Arbitraries.integers().between(1, 17).list().ofMaxSize(5).map(ProposalDiffPropertiesTest::distinct);
        Arbitrary<List<IndicatorNode>> indicators = Combinators.combine(Arbitraries.of(INDICATORS), Arbitraries.of("Andel (%)", "Antal", "Index"))
                .as(IndicatorNode::new).list().ofMaxSize(4)
                .map(list -> distinctBy(list, IndicatorNode::indicatorId));
        Arbitrary<GoalNode> goal = Combinators.combine(Arbitraries.of("g1", "g2", "g3", "g4", "g5", "g6", "g7"), title, blocks,
                Arbitraries.of("Kommunstyrelsen", "Miljönämnden").injectNull(0.5), sdgs, indicators).as(GoalNode::new);
        Arbitrary<AreaNode> area = Combinators.combine(Arbitraries.of("a1", "a2", "a3", "a4"), title, blocks, goal.list().ofMaxSize(4))
                .as(AreaNode::new);
        Arbitrary<SectionNode> section = Combinators.combine(Arbitraries.of("s1", "s2", "s3", "s4"), title, blocks).as(SectionNode::new);
        return Combinators.combine(section.list().ofMaxSize(4), area.list().ofMaxSize(4)).as((s, a) -> {
            // keys are unique: sections and areas per list, goals across the whole version
            List<SectionNode> sections = distinctBy(s, SectionNode::key);
            List<AreaNode> areas = distinctBy(a, AreaNode::key);
            List<String> seen = new ArrayList<>();
            List<AreaNode> unique = new ArrayList<>();
            for (AreaNode x : areas) {
                List<GoalNode> goals = x.goals().stream().filter(g -> !seen.contains(g.key())).collect(Collectors.toList());
                goals = distinctBy(goals, GoalNode::key);
                goals.forEach(g -> seen.add(g.key()));
                unique.add(new AreaNode(x.key(), x.title(), x.description(), goals));
            }
            return new PlanTree(sections, unique);
        });
    }

    private static <T> List<T> distinct(List<T> list) {
        return list.stream().distinct().toList();
    }

    private static <T, K> List<T> distinctBy(List<T> list, java.util.function.Function<T, K> key) {
        Map<K, T> map = new LinkedHashMap<>();
        list.forEach(x -> map.putIfAbsent(key.apply(x), x));
        return new ArrayList<>(map.values());
    }

    private static String join(List<TextRun> runs, String side) {
        return runs.stream().filter(r -> r.isUnchanged() || side.equals(r.mark())).map(TextRun::text).collect(Collectors.joining());
    }

    private static String firstGoalKey(PlanTree tree) {
        return tree.targetAreas().stream().flatMap(a -> a.goals().stream()).map(GoalNode::key).findFirst().orElse(null);
    }

    private static PlanTree retitleFirstGoal(PlanTree tree) {
        String first = firstGoalKey(tree);
        return new PlanTree(tree.sections(), tree.targetAreas().stream().map(a -> new AreaNode(a.key(), a.title(), a.description(),
                a.goals().stream().map(g -> g.key().equals(first)
                        ? new GoalNode(g.key(), g.title() + " (ändrat)", g.description(), g.responsibleBody(), g.sdgs(), g.indicators())
                        : g).toList())).toList());
    }
}
