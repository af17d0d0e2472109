package se.styrplan.plan.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import se.styrplan.plan.proposal.PlanTree.AreaNode;
import se.styrplan.plan.proposal.PlanTree.GoalNode;
import se.styrplan.plan.proposal.PlanTree.IndicatorNode;
import se.styrplan.plan.proposal.PlanTree.SectionNode;
import se.styrplan.plan.structure.TextBlock;

/**
 * Compares two versions of a plan by the stable keys of their items, applies the changes found to a version, and
 * finds where two sets of changes to the same version conflict. Pure: plain values in, plain values out.
 * <p>
 * The changes are listed list by list (sections, target areas, then goals area by area), each list's removals first
 * and then its items in their new order; applying them removes, changes, reorders the remaining items and inserts
 * the new ones after their predecessor, so that {@code apply(a, compare(a, b))} equals {@code b}.
 */
public final class VersionComparison {

    /** The owner key of the plan's own lists (its sections and its target areas) in reorderings. */
    public static final String PLAN = "plan";

    private VersionComparison() {
    }

    // ---------------------------------------------------------------- compare

    public static List<Change> compare(PlanTree from, PlanTree to) {
        List<Change> out = new ArrayList<>();
        compareSections(from, to, out);
        compareAreas(from, to, out);
        compareGoals(from, to, out);
        return out;
    }

    private static void compareSections(PlanTree from, PlanTree to, List<Change> out) {
        Map<String, SectionNode> was = byKey(from.sections(), SectionNode::key);
        Map<String, SectionNode> is = byKey(to.sections(), SectionNode::key);
        for (SectionNode s : from.sections()) {
            if (!is.containsKey(s.key())) {
                out.add(Change.removed(ItemKind.SECTION, s.key(), s.title(), null, ItemState.titled(s.title(), s.blocks())));
            }
        }
        String previous = null;
        for (SectionNode s : to.sections()) {
            SectionNode old = was.get(s.key());
            if (old == null) {
                out.add(Change.added(ItemKind.SECTION, s.key(), s.title(), null, previous, ItemState.titled(s.title(), s.blocks())));
            } else {
                titledChange(ItemKind.SECTION, s.key(), null, old.title(), s.title(), old.blocks(), s.blocks(), out);
            }
            previous = s.key();
        }
        reorder(ItemKind.SECTION, PLAN, "Planens avsnitt", null, keys(from.sections(), SectionNode::key),
                keys(to.sections(), SectionNode::key), out);
    }

    private static void compareAreas(PlanTree from, PlanTree to, List<Change> out) {
        Map<String, AreaNode> was = byKey(from.targetAreas(), AreaNode::key);
        Map<String, AreaNode> is = byKey(to.targetAreas(), AreaNode::key);
        for (AreaNode a : from.targetAreas()) {
            if (!is.containsKey(a.key())) {
                out.add(Change.removed(ItemKind.TARGET_AREA, a.key(), a.title(), null, ItemState.titled(a.title(), a.description())));
            }
        }
        String previous = null;
        for (AreaNode a : to.targetAreas()) {
            AreaNode old = was.get(a.key());
            if (old == null) {
                out.add(Change.added(ItemKind.TARGET_AREA, a.key(), a.title(), null, previous, ItemState.titled(a.title(), a.description())));
            } else {
                titledChange(ItemKind.TARGET_AREA, a.key(), null, old.title(), a.title(), old.description(), a.description(), out);
            }
            previous = a.key();
        }
        reorder(ItemKind.TARGET_AREA, PLAN, "Planens målområden", null, keys(from.targetAreas(), AreaNode::key),
                keys(to.targetAreas(), AreaNode::key), out);
    }

    /** A section's or target area's title and text. */
    private static void titledChange(ItemKind kind, String key, String parent, String oldTitle, String title,
            List<TextBlock> oldText, List<TextBlock> text, List<Change> out) {
        List<String> fields = new ArrayList<>();
        if (!oldTitle.equals(title)) {
            fields.add(Change.TITLE);
        }
        if (!oldText.equals(text)) {
            fields.add(Change.TEXT);
        }
        if (!fields.isEmpty()) {
            out.add(new Change(kind, key, ChangeKind.CHANGED, title, parent, null, null, fields,
                    ItemState.titled(oldTitle, oldText), ItemState.titled(title, text),
                    fields.contains(Change.TITLE) ? WordDiff.diff(oldTitle, title) : null,
                    fields.contains(Change.TEXT) ? TextDiff.diff(oldText, text) : null, null, null));
        }
    }

    private static void compareGoals(PlanTree from, PlanTree to, List<Change> out) {
        Map<String, Placed> was = goalsByKey(from);
        Map<String, Placed> is = goalsByKey(to);
        for (Placed p : was.values()) {
            if (!is.containsKey(p.goal().key())) {
                out.add(Change.removed(ItemKind.GOAL, p.goal().key(), p.goal().title(), p.area(), ItemState.goal(p.goal(), p.area(), true)));
            }
        }
        Map<String, AreaNode> fromAreas = byKey(from.targetAreas(), AreaNode::key);
        for (AreaNode area : to.targetAreas()) {
            String previous = null;
            for (GoalNode g : area.goals()) {
                Placed old = was.get(g.key());
                if (old == null) {
                    out.add(Change.added(ItemKind.GOAL, g.key(), g.title(), area.key(), previous, ItemState.goal(g, area.key(), true)));
                } else {
                    compareGoal(old, g, area.key(), previous, out);
                }
                previous = g.key();
            }
            AreaNode oldArea = fromAreas.get(area.key());
            List<String> before = oldArea == null ? List.of() : oldArea.goals().stream().map(GoalNode::key)
                    .filter(k -> is.containsKey(k) && is.get(k).area().equals(area.key())).toList();
            List<String> after = area.goals().stream().map(GoalNode::key)
                    .filter(k -> was.containsKey(k) && was.get(k).area().equals(area.key())).toList();
            if (!before.equals(after)) {
                out.add(Change.reordered(ItemKind.GOAL, area.key(), area.title(), area.key(), after));
            }
        }
    }

    private static void compareGoal(Placed old, GoalNode g, String area, String previous, List<Change> out) {
        GoalNode o = old.goal();
        List<String> fields = new ArrayList<>();
        if (!o.title().equals(g.title())) {
            fields.add(Change.TITLE);
        }
        if (!Objects.equals(o.responsibleBody(), g.responsibleBody())) {
            fields.add(Change.RESPONSIBLE_BODY);
        }
        boolean moved = !old.area().equals(area);
        if (moved) {
            fields.add(Change.TARGET_AREA);
        }
        if (!fields.isEmpty()) {
            out.add(new Change(ItemKind.GOAL, g.key(), moved ? ChangeKind.MOVED : ChangeKind.CHANGED, g.title(), area,
                    moved ? old.area() : null, moved ? previous : null, fields,
                    ItemState.goal(o, old.area(), false), ItemState.goal(g, area, false),
                    fields.contains(Change.TITLE) ? WordDiff.diff(o.title(), g.title()) : null, null, null, null));
        }
        if (!o.description().equals(g.description())) {
            out.add(new Change(ItemKind.GOAL_TEXT, g.key(), ChangeKind.CHANGED, g.title(), g.key(), null, null, List.of(Change.TEXT),
                    ItemState.titled(o.title(), o.description()), ItemState.titled(g.title(), g.description()),
                    null, TextDiff.diff(o.description(), g.description()), null, null));
        }
        // SDG links
        List<Integer> oldSdgs = o.sdgs();
        for (Integer n : oldSdgs) {
            if (!g.sdgs().contains(n)) {
                out.add(Change.removed(ItemKind.SDG, ItemKind.subKey(g.key(), n), String.valueOf(n), g.key(), ItemState.sdg(n)));
            }
        }
        String before = null;
        for (Integer n : g.sdgs()) {
            if (!oldSdgs.contains(n)) {
                out.add(Change.added(ItemKind.SDG, ItemKind.subKey(g.key(), n), String.valueOf(n), g.key(), before, ItemState.sdg(n)));
            }
            before = ItemKind.subKey(g.key(), n);
        }
        reorder(ItemKind.SDG, g.key(), g.title(), g.key(), oldSdgs.stream().map(n -> ItemKind.subKey(g.key(), n)).toList(),
                g.sdgs().stream().map(n -> ItemKind.subKey(g.key(), n)).toList(), out);
        // indicator links
        Map<UUID, IndicatorNode> oldLinks = byKey(o.indicators(), IndicatorNode::indicatorId);
        Map<UUID, IndicatorNode> links = byKey(g.indicators(), IndicatorNode::indicatorId);
        for (IndicatorNode i : o.indicators()) {
            if (!links.containsKey(i.indicatorId())) {
                out.add(Change.removed(ItemKind.INDICATOR, ItemKind.subKey(g.key(), i.indicatorId()), i.title(), g.key(), ItemState.indicator(i)));
            }
        }
        before = null;
        for (IndicatorNode i : g.indicators()) {
            String key = ItemKind.subKey(g.key(), i.indicatorId());
            IndicatorNode was = oldLinks.get(i.indicatorId());
            if (was == null) {
                out.add(Change.added(ItemKind.INDICATOR, key, i.title(), g.key(), before, ItemState.indicator(i)));
            } else if (!was.title().equals(i.title())) {
                out.add(new Change(ItemKind.INDICATOR, key, ChangeKind.CHANGED, i.title(), g.key(), null, null, List.of(Change.TITLE),
                        ItemState.indicator(was), ItemState.indicator(i), WordDiff.diff(was.title(), i.title()), null, null, null));
            }
            before = key;
        }
        reorder(ItemKind.INDICATOR, g.key(), g.title(), g.key(),
                o.indicators().stream().map(i -> ItemKind.subKey(g.key(), i.indicatorId())).toList(),
                g.indicators().stream().map(i -> ItemKind.subKey(g.key(), i.indicatorId())).toList(), out);
    }

    /** A reordering when the items on both sides of one list are not in the same order. */
    private static void reorder(ItemKind kind, String owner, String title, String parent, List<String> from, List<String> to,
            List<Change> out) {
        Set<String> inFrom = new LinkedHashSet<>(from);
        Set<String> inTo = new LinkedHashSet<>(to);
        List<String> before = from.stream().filter(inTo::contains).toList();
        List<String> after = to.stream().filter(inFrom::contains).toList();
        if (!before.equals(after)) {
            out.add(Change.reordered(kind, owner, title, parent, after));
        }
    }

    // ---------------------------------------------------------------- apply

    /** The version {@code tree} with {@code changes} made to it. */
    public static PlanTree apply(PlanTree tree, List<Change> changes) {
        List<String> sectionOrder = new ArrayList<>(keys(tree.sections(), SectionNode::key));
        Map<String, SectionNode> sections = new LinkedHashMap<>(byKey(tree.sections(), SectionNode::key));
        List<String> areaOrder = new ArrayList<>(keys(tree.targetAreas(), AreaNode::key));
        Map<String, AreaNode> areas = new LinkedHashMap<>(byKey(tree.targetAreas(), AreaNode::key));
        Map<String, List<String>> goalsOfArea = new LinkedHashMap<>();
        Map<String, WorkingGoal> goals = new LinkedHashMap<>();
        for (AreaNode a : tree.targetAreas()) {
            goalsOfArea.put(a.key(), new ArrayList<>(keys(a.goals(), GoalNode::key)));
            a.goals().forEach(g -> goals.put(g.key(), new WorkingGoal(g)));
        }

        // sections and target areas: removals, changes, reorderings, insertions
        for (Change c : changes) {
            if (c.change() == ChangeKind.REMOVED && c.itemKind() == ItemKind.SECTION) {
                sections.remove(c.itemKey());
                sectionOrder.remove(c.itemKey());
            } else if (c.change() == ChangeKind.REMOVED && c.itemKind() == ItemKind.TARGET_AREA) {
                areas.remove(c.itemKey());
                areaOrder.remove(c.itemKey());
                // its goals are kept until the goal changes have moved or removed them; any left are dropped at the end
                goalsOfArea.remove(c.itemKey());
            } else if (c.change() == ChangeKind.CHANGED && c.itemKind() == ItemKind.SECTION && sections.containsKey(c.itemKey())) {
                SectionNode s = sections.get(c.itemKey());
                sections.put(s.key(), new SectionNode(s.key(), c.fields().contains(Change.TITLE) ? c.after().title() : s.title(),
                        c.fields().contains(Change.TEXT) ? c.after().text() : s.blocks()));
            } else if (c.change() == ChangeKind.CHANGED && c.itemKind() == ItemKind.TARGET_AREA && areas.containsKey(c.itemKey())) {
                AreaNode a = areas.get(c.itemKey());
                areas.put(a.key(), new AreaNode(a.key(), c.fields().contains(Change.TITLE) ? c.after().title() : a.title(),
                        c.fields().contains(Change.TEXT) ? c.after().text() : a.description(), List.of()));
            }
        }
        for (Change c : changes) {
            if (c.change() == ChangeKind.REORDERED && c.itemKind() == ItemKind.SECTION) {
                reorder(sectionOrder, c.order());
            } else if (c.change() == ChangeKind.REORDERED && c.itemKind() == ItemKind.TARGET_AREA) {
                reorder(areaOrder, c.order());
            }
        }
        for (Change c : changes) {
            if (c.change() == ChangeKind.ADDED && c.itemKind() == ItemKind.SECTION) {
                sections.put(c.itemKey(), new SectionNode(c.itemKey(), c.after().title(), c.after().text()));
                insertAfter(sectionOrder, c.itemKey(), c.placedAfter());
            } else if (c.change() == ChangeKind.ADDED && c.itemKind() == ItemKind.TARGET_AREA) {
                areas.put(c.itemKey(), new AreaNode(c.itemKey(), c.after().title(), c.after().text(), List.of()));
                insertAfter(areaOrder, c.itemKey(), c.placedAfter());
                goalsOfArea.putIfAbsent(c.itemKey(), new ArrayList<>());
            }
        }

        // goals: out of their lists (removed or moved away), changed, lists reordered, into their lists (added or moved here)
        for (Change c : changes) {
            if (c.itemKind() == ItemKind.GOAL && (c.change() == ChangeKind.REMOVED || c.change() == ChangeKind.MOVED)) {
                goalsOfArea.values().forEach(list -> list.remove(c.itemKey()));
                if (c.change() == ChangeKind.REMOVED) {
                    goals.remove(c.itemKey());
                }
            }
        }
        for (Change c : changes) {
            WorkingGoal goal = goals.get(c.itemKey());
            if (goal == null) {
                continue;
            }
            if (c.itemKind() == ItemKind.GOAL && (c.change() == ChangeKind.CHANGED || c.change() == ChangeKind.MOVED)) {
                if (c.fields().contains(Change.TITLE)) {
                    goal.title = c.after().title();
                }
                if (c.fields().contains(Change.RESPONSIBLE_BODY)) {
                    goal.responsibleBody = c.after().responsibleBody();
                }
            } else if (c.itemKind() == ItemKind.GOAL_TEXT && c.change() == ChangeKind.CHANGED) {
                goal.description = c.after().text();
            }
        }
        for (Change c : changes) {
            if (c.itemKind() == ItemKind.GOAL && c.change() == ChangeKind.REORDERED && goalsOfArea.containsKey(c.itemKey())) {
                reorder(goalsOfArea.get(c.itemKey()), c.order());
            }
        }
        for (Change c : changes) {
            if (c.itemKind() == ItemKind.GOAL && c.change() == ChangeKind.ADDED) {
                goals.put(c.itemKey(), new WorkingGoal(c.itemKey(), c.after()));
                goalsOfArea.values().forEach(list -> list.remove(c.itemKey()));
                insertAfter(goalsOfArea.computeIfAbsent(c.parentKey(), k -> new ArrayList<>()), c.itemKey(), c.placedAfter());
            } else if (c.itemKind() == ItemKind.GOAL && c.change() == ChangeKind.MOVED && goals.containsKey(c.itemKey())) {
                insertAfter(goalsOfArea.computeIfAbsent(c.parentKey(), k -> new ArrayList<>()), c.itemKey(), c.placedAfter());
            }
        }

        // a goal's SDG and indicator links
        for (Change c : changes) {
            WorkingGoal goal = c.parentKey() == null ? null : goals.get(c.parentKey());
            if (goal == null || (c.itemKind() != ItemKind.SDG && c.itemKind() != ItemKind.INDICATOR) || c.change() != ChangeKind.REMOVED) {
                continue;
            }
            (c.itemKind() == ItemKind.SDG ? goal.sdgs : goal.indicators).remove(c.itemKey());
        }
        for (Change c : changes) {
            WorkingGoal goal = c.parentKey() == null ? null : goals.get(c.parentKey());
            if (goal == null) {
                continue;
            }
            if (c.itemKind() == ItemKind.INDICATOR && c.change() == ChangeKind.CHANGED) {
                IndicatorNode line = c.after().indicators().get(0);
                goal.indicatorTitles.put(line.indicatorId(), line.title());
            } else if (c.change() == ChangeKind.REORDERED && c.itemKind() == ItemKind.SDG) {
                reorder(goal.sdgs, c.order());
            } else if (c.change() == ChangeKind.REORDERED && c.itemKind() == ItemKind.INDICATOR) {
                reorder(goal.indicators, c.order());
            }
        }
        for (Change c : changes) {
            WorkingGoal goal = c.parentKey() == null ? null : goals.get(c.parentKey());
            if (goal == null || c.change() != ChangeKind.ADDED) {
                continue;
            }
            if (c.itemKind() == ItemKind.SDG) {
                goal.sdgNumbers.put(c.itemKey(), c.after().sdgs().get(0));
                insertAfter(goal.sdgs, c.itemKey(), c.placedAfter());
            } else if (c.itemKind() == ItemKind.INDICATOR) {
                IndicatorNode line = c.after().indicators().get(0);
                goal.indicatorTitles.put(line.indicatorId(), line.title());
                goal.indicatorIds.put(c.itemKey(), line.indicatorId());
                insertAfter(goal.indicators, c.itemKey(), c.placedAfter());
            }
        }

        List<SectionNode> resultSections = sectionOrder.stream().map(sections::get).toList();
        List<AreaNode> resultAreas = areaOrder.stream().map(k -> {
            AreaNode a = areas.get(k);
            List<GoalNode> areaGoals = goalsOfArea.getOrDefault(k, List.of()).stream().filter(goals::containsKey)
                    .map(g -> goals.get(g).node()).toList();
            return new AreaNode(a.key(), a.title(), a.description(), areaGoals);
        }).toList();
        return new PlanTree(resultSections, resultAreas);
    }

    /** A goal being changed: its SDG and indicator lists hold item keys ({@code goalKey:local}). */
    private static final class WorkingGoal {
        final String key;
        String title;
        List<TextBlock> description;
        String responsibleBody;
        final List<String> sdgs = new ArrayList<>();
        final Map<String, Integer> sdgNumbers = new LinkedHashMap<>();
        final List<String> indicators = new ArrayList<>();
        final Map<String, UUID> indicatorIds = new LinkedHashMap<>();
        final Map<UUID, String> indicatorTitles = new LinkedHashMap<>();

        WorkingGoal(GoalNode g) {
            this(g.key(), new ItemState(g.title(), g.description(), g.responsibleBody(), null, g.sdgs(), g.indicators()));
        }

        WorkingGoal(String key, ItemState state) {
            this.key = key;
            this.title = state.title();
            this.description = state.text() == null ? List.of() : state.text();
            this.responsibleBody = state.responsibleBody();
            for (Integer n : state.sdgs() == null ? List.<Integer>of() : state.sdgs()) {
                sdgs.add(ItemKind.subKey(key, n));
                sdgNumbers.put(ItemKind.subKey(key, n), n);
            }
            for (IndicatorNode i : state.indicators() == null ? List.<IndicatorNode>of() : state.indicators()) {
                indicators.add(ItemKind.subKey(key, i.indicatorId()));
                indicatorIds.put(ItemKind.subKey(key, i.indicatorId()), i.indicatorId());
                indicatorTitles.put(i.indicatorId(), i.title());
            }
        }

        GoalNode node() {
            return new GoalNode(key, title, description, responsibleBody, sdgs.stream().map(sdgNumbers::get).toList(),
                    indicators.stream().map(k -> new IndicatorNode(indicatorIds.get(k), indicatorTitles.get(indicatorIds.get(k)))).toList());
        }
    }

    /**
     * Puts the items of {@code list} named in {@code order} in that order; an item the order does not name (one
     * another change added) stays after the item it followed.
     */
    static void reorder(List<String> list, List<String> order) {
        Set<String> named = new LinkedHashSet<>(order);
        List<String> result = new ArrayList<>(order.stream().filter(list::contains).toList());
        String previous = null;
        for (String key : list) {
            if (!named.contains(key)) {
                result.add(previous == null ? 0 : result.indexOf(previous) + 1, key);
            }
            previous = key;
        }
        list.clear();
        list.addAll(result);
    }

    /** Inserts {@code key} right after {@code after} (first when null; last when {@code after} is not in the list). */
    static void insertAfter(List<String> list, String key, String after) {
        list.remove(key);
        if (after == null) {
            list.add(0, key);
        } else {
            int at = list.indexOf(after);
            list.add(at < 0 ? list.size() : at + 1, key);
        }
    }

    // ---------------------------------------------------------------- conflicts

    /** An item two sets of changes to the same version change differently. */
    public record Conflict(ItemKind itemKind, String itemKey, String title, String reason) {
    }

    /**
     * Where {@code ours} and {@code theirs}, both made to the same version, cannot both be applied: the same item
     * changed differently (the same field to different values, removed on one side and changed on the other, added
     * twice differently, one list reordered differently), or changes inside a goal or target area the other removes.
     */
    public static List<Conflict> conflicts(List<Change> ours, List<Change> theirs) {
        Map<String, Conflict> found = new LinkedHashMap<>();
        Map<String, Change> theirsById = byKey(theirs, Change::identity);
        for (Change c : ours) {
            Change other = theirsById.get(c.identity());
            String reason = other == null ? null : clash(c, other);
            if (reason != null) {
                found.putIfAbsent(c.identity(), new Conflict(c.itemKind(), c.itemKey(), c.title(), reason));
            }
        }
        insideRemoved(ours, theirs, found);
        insideRemoved(theirs, ours, found);
        return List.copyOf(found.values());
    }

    private static String clash(Change a, Change b) {
        if (a.change() == b.change() && Objects.equals(a.after(), b.after()) && Objects.equals(a.parentKey(), b.parentKey())
                && Objects.equals(a.order(), b.order()) && Objects.equals(a.fields(), b.fields())) {
            return null; // the same change on both sides
        }
        boolean aEdits = a.change() == ChangeKind.CHANGED || a.change() == ChangeKind.MOVED;
        boolean bEdits = b.change() == ChangeKind.CHANGED || b.change() == ChangeKind.MOVED;
        if (aEdits && bEdits) {
            List<String> both = a.fields().stream().filter(b.fields()::contains)
                    .filter(f -> !Objects.equals(value(a, f), value(b, f))).toList();
            return both.isEmpty() ? null : "changed differently on both sides (" + String.join(", ", both) + ")";
        }
        if (a.change() == ChangeKind.REORDERED) {
            return "reordered differently on both sides";
        }
        if (a.change() == ChangeKind.ADDED && b.change() == ChangeKind.ADDED) {
            return "added on both sides with different content";
        }
        return a.change().code() + " on one side, " + b.change().code() + " on the other";
    }

    private static Object value(Change c, String field) {
        return switch (field) {
            case Change.TITLE -> c.after().title();
            case Change.TEXT -> c.after().text();
            case Change.RESPONSIBLE_BODY -> c.after().responsibleBody();
            case Change.TARGET_AREA -> c.parentKey();
            default -> c.after();
        };
    }

    /** Changes on one side inside a goal or target area that the other side removes. */
    private static void insideRemoved(List<Change> removing, List<Change> other, Map<String, Conflict> found) {
        for (Change removal : removing) {
            if (removal.change() != ChangeKind.REMOVED
                    || (removal.itemKind() != ItemKind.GOAL && removal.itemKind() != ItemKind.TARGET_AREA)) {
                continue;
            }
            for (Change c : other) {
                boolean inside = removal.itemKey().equals(c.parentKey()) && (removal.itemKind() == ItemKind.GOAL
                        ? c.itemKind() != ItemKind.GOAL && c.change() != ChangeKind.REMOVED
                        : c.itemKind() == ItemKind.GOAL && c.change() != ChangeKind.REMOVED && c.change() != ChangeKind.CHANGED);
                if (inside) {
                    found.putIfAbsent(removal.identity(), new Conflict(removal.itemKind(), removal.itemKey(), removal.title(),
                            "removed on one side, while the other " + describe(c)));
                }
            }
        }
    }

    private static String describe(Change c) {
        return switch (c.itemKind()) {
            case GOAL -> c.change() == ChangeKind.REORDERED ? "reorders its goals" : "puts the goal '" + c.title() + "' in it";
            case GOAL_TEXT -> "changes its description";
            case SDG -> "changes its SDG links";
            case INDICATOR -> "changes its indicator '" + c.title() + "'";
            default -> "changes " + c.itemKind().code() + " " + c.itemKey() + " in it";
        };
    }

    // ---------------------------------------------------------------- helpers

    private record Placed(String area, GoalNode goal) {
    }

    private static Map<String, Placed> goalsByKey(PlanTree tree) {
        Map<String, Placed> goals = new LinkedHashMap<>();
        tree.targetAreas().forEach(a -> a.goals().forEach(g -> goals.put(g.key(), new Placed(a.key(), g))));
        return goals;
    }

    private static <K, T> Map<K, T> byKey(List<T> items, Function<T, K> key) {
        Map<K, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(key.apply(i), i));
        return map;
    }

    private static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }
}
