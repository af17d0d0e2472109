package se.styrplan.plan.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import se.styrplan.plan.proposal.PlanTree.AreaNode;
import se.styrplan.plan.proposal.PlanTree.GoalNode;
import se.styrplan.plan.proposal.PlanTree.IndicatorNode;
import se.styrplan.plan.proposal.PlanTree.SectionNode;
import se.styrplan.plan.structure.TextBlock;

/**
 * Renders a comparison of two versions (a proposal and its base, or any two versions) as an HTML document that
 * reads like the plan documents politicians mark up by hand: the whole plan in the new order, with the colour
 * legend at the top, new text in {@code <ins>} (blue), removed text in {@code <del>} (red, struck through), whole
 * added or removed items labelled in words too, and the proposal's comments and motivations at their items.
 * Accessible (lang="sv", headings in order, text labels besides colour) and printable. Every text is escaped.
 */
public final class DocumentRenderer {

    public static final String LEGEND_UNCHANGED = "SVART TEXT = Oförändrat";
    public static final String LEGEND_ADDED = "BLÅ TEXT = Förslag på ny text eller nya indikatorer";
    public static final String LEGEND_REMOVED = "RÖD TEXT = Text eller indikatorer som förändras eller tas bort";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;max-width:50rem;margin:0 auto;padding:1rem 1.25rem;color:#111;background:#fff}
            h1{font-size:1.8rem}h2{font-size:1.45rem;margin-top:2.2rem}h3{font-size:1.2rem;margin-top:1.8rem}h4{font-size:1rem;margin:1rem 0 .3rem}h5{font-size:.95rem;margin:.8rem 0 .2rem}
            ins{color:#0b3d91;background:#eaf1fc;text-decoration:underline}
            del{color:#a1001a;background:#fcedf0;text-decoration:line-through}
            ins::before,ins::after,del::before,del::after{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;width:1px;overflow:hidden;position:absolute;white-space:nowrap}
            ins::before{content:" [ny text: "}ins::after{content:" slut på ny text] "}
            del::before{content:" [borttagen text: "}del::after{content:" slut på borttagen text] "}
            .label{font-weight:600;font-size:.85em;border:1px solid currentColor;border-radius:.25rem;padding:0 .3rem;margin-right:.4rem}
            .added>.label,.added .label,ins .label{color:#0b3d91}.removed .label{color:#a1001a}
            .meta{color:#444}
            .legend{border:1px solid #999;padding:.5rem 1rem;margin:1rem 0}
            .legend h2{margin-top:.5rem}.legend ul{list-style:none;padding:0}
            .comment,.reading-note{border-left:4px solid #777;padding-left:.75rem}
            .motivation{border-left:4px solid #0b3d91;padding-left:.75rem}
            .sdgs,.indicators{padding-left:1.2rem}
            .goal{border-top:1px solid #ccc}
            @page{margin:2cm}
            @media print{body{max-width:none;padding:0;font:11pt/1.4 Georgia,"Times New Roman",serif}ins,del{background:none}
            .goal{break-inside:avoid-page}h2,h3,h4{break-after:avoid-page}.legend{break-inside:avoid-page}}
            """;

    private final StringBuilder html = new StringBuilder();
    private final Map<String, NoteView> notes;
    private final Map<Integer, String> sdgNames;

    private DocumentRenderer(List<NoteView> notes, Map<Integer, String> sdgNames) {
        this.notes = new LinkedHashMap<>();
        notes.forEach(n -> this.notes.put(n.id(), n));
        this.sdgNames = sdgNames;
    }

    /**
     * The document of {@code from} → {@code to}.
     *
     * @param facts    lines under the title: who proposes, the versions compared, the status
     * @param notes    comments and motivations by item
     * @param sdgNames the Swedish names of the SDGs by number
     */
    public static String comparison(String title, List<String> facts, PlanTree from, PlanTree to, List<NoteView> notes,
            Map<Integer, String> sdgNames) {
        DocumentRenderer r = new DocumentRenderer(notes, sdgNames);
        r.head(title);
        r.html.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        facts.forEach(f -> r.html.append("<p class=\"meta\">").append(esc(f)).append("</p>\n"));
        r.legend();
        r.html.append("</header>\n<main>\n");
        r.sections(from, to);
        r.areas(from, to);
        r.html.append("</main>\n</body>\n</html>\n");
        return r.html.toString();
    }

    /** The document of a statement: its introduction, its priorities and its closing words. */
    public static String statement(String title, List<String> facts, Statement statement) {
        DocumentRenderer r = new DocumentRenderer(List.of(), Map.of());
        r.head(title);
        r.html.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        facts.forEach(f -> r.html.append("<p class=\"meta\">").append(esc(f)).append("</p>\n"));
        r.html.append("</header>\n<main>\n");
        statement.intro().forEach(p -> r.paragraph(p));
        if (!statement.priorities().isEmpty()) {
            r.html.append("<ul class=\"priorities\">\n");
            statement.priorities().forEach(p -> r.html.append("<li>").append(esc(p)).append("</li>\n"));
            r.html.append("</ul>\n");
        }
        statement.closing().forEach(p -> r.paragraph(p));
        r.html.append("</main>\n</body>\n</html>\n");
        return r.html.toString();
    }

    /** Marked runs as HTML: added in {@code <ins>}, removed in {@code <del>}, unchanged as they are. */
    public static String runs(List<TextRun> runs) {
        StringBuilder out = new StringBuilder();
        for (TextRun run : runs) {
            switch (run.mark()) {
                case TextRun.ADDED -> out.append("<ins>").append(esc(run.text())).append("</ins>");
                case TextRun.REMOVED -> out.append("<del>").append(esc(run.text())).append("</del>");
                default -> out.append(esc(run.text()));
            }
        }
        return out.toString();
    }

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- parts

    private void head(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private void legend() {
        html.append("<section class=\"legend\" aria-labelledby=\"teckenforklaring\">\n<h2 id=\"teckenforklaring\">Teckenförklaring</h2>\n<ul>\n")
                .append("<li>").append(esc(LEGEND_UNCHANGED)).append("</li>\n")
                .append("<li><ins>BLÅ TEXT</ins>").append(esc(LEGEND_ADDED.substring("BLÅ TEXT".length()))).append("</li>\n")
                .append("<li><del>RÖD TEXT</del>").append(esc(LEGEND_REMOVED.substring("RÖD TEXT".length()))).append("</li>\n")
                .append("</ul>\n<p>Ny text är blå och understruken, borttagen text röd och överstruken. Avsnitt, mål och indikatorer ")
                .append("som läggs till eller tas bort i sin helhet har dessutom en etikett i klartext.</p>\n</section>\n");
    }

    private void sections(PlanTree from, PlanTree to) {
        Map<String, SectionNode> was = byKey(from.sections(), SectionNode::key);
        Map<String, SectionNode> is = byKey(to.sections(), SectionNode::key);
        for (String key : merge(keys(from.sections(), SectionNode::key), keys(to.sections(), SectionNode::key))) {
            SectionNode old = was.get(key);
            SectionNode now = is.get(key);
            String state = state(old, now);
            html.append("<section class=\"plan-section").append(cls(state)).append("\" aria-labelledby=\"avsnitt-").append(esc(key)).append("\">\n");
            html.append("<h2 id=\"avsnitt-").append(esc(key)).append("\">").append(label(state, "Nytt avsnitt", "Avsnittet tas bort"))
                    .append(title(old == null ? null : old.title(), now == null ? null : now.title())).append("</h2>\n");
            text(old == null ? null : old.blocks(), now == null ? null : now.blocks(), 3);
            notes(ItemKind.SECTION, key, 3);
            html.append("</section>\n");
        }
    }

    private void areas(PlanTree from, PlanTree to) {
        Map<String, AreaNode> was = byKey(from.targetAreas(), AreaNode::key);
        Map<String, AreaNode> is = byKey(to.targetAreas(), AreaNode::key);
        Map<String, String> areaOfGoalAfter = new LinkedHashMap<>();
        to.targetAreas().forEach(a -> a.goals().forEach(g -> areaOfGoalAfter.put(g.key(), a.key())));
        Map<String, String> areaOfGoalBefore = new LinkedHashMap<>();
        Map<String, GoalNode> goalsBefore = new LinkedHashMap<>();
        from.targetAreas().forEach(a -> a.goals().forEach(g -> {
            areaOfGoalBefore.put(g.key(), a.key());
            goalsBefore.put(g.key(), g);
        }));
        for (String key : merge(keys(from.targetAreas(), AreaNode::key), keys(to.targetAreas(), AreaNode::key))) {
            AreaNode old = was.get(key);
            AreaNode now = is.get(key);
            String state = state(old, now);
            html.append("<section class=\"target-area").append(cls(state)).append("\" aria-labelledby=\"omrade-").append(esc(key)).append("\">\n");
            html.append("<h2 id=\"omrade-").append(esc(key)).append("\">").append(label(state, "Nytt målområde", "Målområdet tas bort"))
                    .append(title(old == null ? null : old.title(), now == null ? null : now.title())).append("</h2>\n");
            List<TextBlock> oldText = old == null ? null : old.description();
            List<TextBlock> newText = now == null ? null : now.description();
            if (!(oldText == null || oldText.isEmpty()) || !(newText == null || newText.isEmpty())) {
                html.append("<h3>Beskrivning</h3>\n");
                text(oldText, newText, 4);
            }
            notes(ItemKind.TARGET_AREA, key, 3);
            List<GoalNode> oldGoals = old == null ? List.of() : old.goals();
            List<GoalNode> newGoals = now == null ? List.of() : now.goals();
            Map<String, GoalNode> here = byKey(newGoals, GoalNode::key);
            for (String goalKey : merge(keys(oldGoals, GoalNode::key), keys(newGoals, GoalNode::key), true)) {
                GoalNode goal = here.get(goalKey);
                if (goal == null) {
                    String elsewhere = areaOfGoalAfter.get(goalKey);
                    if (elsewhere != null) {
                        html.append("<p class=\"moved-away\"><span class=\"label\">Flyttas</span> Målet ”").append(esc(goalsBefore.get(goalKey).title()))
                                .append("” flyttas till målområdet ”").append(esc(is.get(elsewhere).title())).append("”.</p>\n");
                    } else {
                        goal(goalsBefore.get(goalKey), null, null);
                    }
                } else {
                    String before = areaOfGoalBefore.get(goalKey);
                    String movedFrom = before != null && !before.equals(key) ? was.get(before).title() : null;
                    goal(goalsBefore.get(goalKey), goal, movedFrom);
                }
            }
            html.append("</section>\n");
        }
    }

    private void goal(GoalNode old, GoalNode now, String movedFrom) {
        String state = state(old, now);
        String key = (now != null ? now : old).key();
        html.append("<article class=\"goal").append(cls(state)).append(movedFrom != null ? " moved" : "")
                .append("\" aria-labelledby=\"mal-").append(esc(key)).append("\">\n");
        html.append("<h3 id=\"mal-").append(esc(key)).append("\">").append(label(state, "Nytt mål", "Målet tas bort"));
        if (movedFrom != null) {
            html.append("<span class=\"label\">Flyttat hit från målområdet ”").append(esc(movedFrom)).append("”</span> ");
        }
        html.append(title(old == null ? null : old.title(), now == null ? null : now.title())).append("</h3>\n");
        NoteView note = notes.get(NoteView.id(ItemKind.GOAL, key));
        if (note != null && note.comment() != null) {
            comment(note.comment());
        }
        if (note != null && note.motivation() != null) {
            html.append("<div class=\"motivation\">\n<h4>Motivering till förändring</h4>\n");
            for (String p : note.motivation().split("\\n\\s*\\n")) {
                paragraph(p.strip());
            }
            html.append("</div>\n");
        }
        sdgs(key, old == null ? null : old.sdgs(), now == null ? null : now.sdgs(), state);
        List<TextBlock> oldText = old == null ? null : old.description();
        List<TextBlock> newText = now == null ? null : now.description();
        if (!(oldText == null || oldText.isEmpty()) || !(newText == null || newText.isEmpty())) {
            html.append("<h4>Beskrivning</h4>\n");
            text(oldText, newText, 5);
        }
        notes(ItemKind.GOAL_TEXT, key, 4);
        indicators(key, old == null ? null : old.indicators(), now == null ? null : now.indicators(), state);
        if (note != null) {
            readingNote(note);
        }
        html.append("</article>\n");
    }

    private void sdgs(String goalKey, List<Integer> old, List<Integer> now, String goalState) {
        List<String> before = old == null ? List.of() : old.stream().map(String::valueOf).toList();
        List<String> after = now == null ? List.of() : now.stream().map(String::valueOf).toList();
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        html.append("<ul class=\"sdgs\" aria-label=\"Globala mål i Agenda 2030\">\n");
        for (String n : merge(before, after)) {
            // a whole added or removed goal's links are marked with it, without labels of their own
            boolean whole = !goalState.equals("unchanged");
            String state = whole ? goalState : state(before.contains(n) ? n : null, after.contains(n) ? n : null);
            String name = n + ". " + sdgNames.getOrDefault(Integer.valueOf(n), "");
            html.append("<li").append(cls(state).isEmpty() ? "" : " class=\"" + cls(state).strip() + "\"").append(">")
                    .append(whole ? "" : label(state, "Ny koppling", "Kopplingen tas bort")).append(wrap(state, esc(name.strip())));
            notes(ItemKind.SDG, ItemKind.subKey(goalKey, n), 0);
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void indicators(String goalKey, List<IndicatorNode> old, List<IndicatorNode> now, String goalState) {
        List<IndicatorNode> before = old == null ? List.of() : old;
        List<IndicatorNode> after = now == null ? List.of() : now;
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        Map<String, IndicatorNode> was = byKey(before, i -> i.indicatorId().toString());
        Map<String, IndicatorNode> is = byKey(after, i -> i.indicatorId().toString());
        html.append("<h4>Indikatorer</h4>\n<ul class=\"indicators\">\n");
        for (String id : merge(keys(before, i -> i.indicatorId().toString()), keys(after, i -> i.indicatorId().toString()))) {
            IndicatorNode o = was.get(id);
            IndicatorNode n = is.get(id);
            String state = goalState.equals("unchanged") ? state(o, n) : "unchanged";
            html.append("<li").append(cls(state).isEmpty() ? "" : " class=\"" + cls(state).strip() + "\"").append(">")
                    .append(label(state, "Ny indikator", "Indikatorn tas bort"));
            if (!goalState.equals("unchanged")) {
                html.append(wrap(goalState, esc((n != null ? n : o).title())));
            } else {
                html.append(title(o == null ? null : o.title(), n == null ? null : n.title()));
            }
            String itemKey = ItemKind.subKey(goalKey, UUID.fromString(id));
            NoteView note = notes.get(NoteView.id(ItemKind.INDICATOR, itemKey));
            if (note != null) {
                if (note.comment() != null) {
                    comment(note.comment());
                }
                if (note.motivation() != null) {
                    html.append("<p class=\"motivation\"><strong>Motivering till förändring:</strong> ").append(esc(note.motivation())).append("</p>\n");
                }
                readingNote(note);
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** Comment, motivation and reading notes of an item that has no place of its own for them. */
    private void notes(ItemKind kind, String key, int level) {
        NoteView note = notes.get(NoteView.id(kind, key));
        if (note == null) {
            return;
        }
        if (note.comment() != null) {
            comment(note.comment());
        }
        if (note.motivation() != null) {
            html.append("<div class=\"motivation\">\n");
            if (level > 0) {
                html.append("<h").append(level).append(">Motivering till förändring</h").append(level).append(">\n");
            } else {
                html.append("<p><strong>Motivering till förändring</strong></p>\n");
            }
            for (String p : note.motivation().split("\\n\\s*\\n")) {
                paragraph(p.strip());
            }
            html.append("</div>\n");
        }
        readingNote(note);
    }

    private void comment(String comment) {
        html.append("<p class=\"comment\"><strong>Kommentar:</strong> ").append(esc(comment)).append("</p>\n");
    }

    private void readingNote(NoteView note) {
        if (note.uncertain() || note.note() != null) {
            html.append("<p class=\"reading-note\"><strong>").append(note.uncertain() ? "Osäker läsning av källdokumentet:" : "Anmärkning:")
                    .append("</strong> ").append(esc(note.note() == null ? "" : note.note())).append("</p>\n");
        }
    }

    private void paragraph(String text) {
        if (!text.isEmpty()) {
            html.append("<p>").append(esc(text)).append("</p>\n");
        }
    }

    /** A text on both sides (word diff), only after (added), or only before (removed). */
    private void text(List<TextBlock> old, List<TextBlock> now, int headingLevel) {
        List<DiffParagraph> parts = old == null ? TextDiff.whole(now, TextRun.ADDED)
                : now == null ? TextDiff.whole(old, TextRun.REMOVED) : TextDiff.diff(old, now);
        for (DiffParagraph part : parts) {
            if (part.runs().isEmpty() || part.runs().stream().allMatch(r -> r.text().isBlank())) {
                continue;
            }
            String tag = DiffParagraph.HEADING.equals(part.role()) ? "h" + headingLevel : "p";
            html.append('<').append(tag).append('>').append(runs(part.runs())).append("</").append(tag).append(">\n");
        }
    }

    private static String title(String old, String now) {
        if (old == null) {
            return "<ins>" + esc(now) + "</ins>";
        }
        if (now == null) {
            return "<del>" + esc(old) + "</del>";
        }
        return runs(WordDiff.diff(old, now));
    }

    private static String wrap(String state, String escaped) {
        return switch (state) {
            case "added" -> "<ins>" + escaped + "</ins>";
            case "removed" -> "<del>" + escaped + "</del>";
            default -> escaped;
        };
    }

    private static String label(String state, String added, String removed) {
        return switch (state) {
            case "added" -> "<span class=\"label\">" + esc(added) + "</span> ";
            case "removed" -> "<span class=\"label\">" + esc(removed) + "</span> ";
            default -> "";
        };
    }

    private static String state(Object old, Object now) {
        return old == null ? "added" : now == null ? "removed" : "unchanged";
    }

    private static String cls(String state) {
        return state.equals("unchanged") ? "" : " " + state;
    }

    /** {@link #merge(List, List, boolean)} with what was removed before what replaces it, as text is marked. */
    static List<String> merge(List<String> from, List<String> to) {
        return merge(from, to, false);
    }

    /**
     * The keys of both sides in reading order: the new order, with each item only before placed where it was
     * (an item in both but moved within the list appears once, at its new place). Where items replace others,
     * the new ones come first when {@code insertedFirst} (as new goals precede the goals they replace in plan documents).
     */
    static List<String> merge(List<String> from, List<String> to, boolean insertedFirst) {
        Set<String> inTo = new HashSet<>(to);
        List<String> out = new ArrayList<>();
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(from, to).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        int at = 0;
        for (AbstractDelta<String> delta : deltas) {
            for (; at < delta.getSource().getPosition(); at++) {
                out.add(from.get(at));
            }
            List<String> removed = delta.getSource().getLines().stream().filter(k -> !inTo.contains(k)).toList();
            if (insertedFirst) {
                out.addAll(delta.getTarget().getLines());
                out.addAll(removed);
            } else {
                out.addAll(removed);
                out.addAll(delta.getTarget().getLines());
            }
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < from.size(); at++) {
            out.add(from.get(at));
        }
        return out;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(key.apply(i), i));
        return map;
    }

    private static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }
}
