package se.styrplan.plan.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import se.styrplan.plan.structure.TextBlock;

/**
 * Differences of two texts made of blocks (heading + paragraphs): the headings and paragraphs are aligned with
 * java-diff-utils, paragraphs that changed are compared word by word ({@link WordDiff}), and paragraphs only on
 * one side are wholly added or removed.
 */
public final class TextDiff {

    private TextDiff() {
    }

    public static List<DiffParagraph> diff(List<TextBlock> from, List<TextBlock> to) {
        List<Unit> a = units(from);
        List<Unit> b = units(to);
        List<DiffParagraph> out = new ArrayList<>();
        List<AbstractDelta<Unit>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        int at = 0;
        for (AbstractDelta<Unit> delta : deltas) {
            for (; at < delta.getSource().getPosition(); at++) {
                out.add(whole(a.get(at), TextRun.UNCHANGED));
            }
            List<Unit> removed = delta.getSource().getLines();
            List<Unit> added = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                Unit old = i < removed.size() ? removed.get(i) : null;
                Unit now = i < added.size() ? added.get(i) : null;
                if (old != null && now != null && old.role().equals(now.role())) {
                    out.add(new DiffParagraph(old.role(), WordDiff.diff(old.text(), now.text())));
                } else {
                    if (old != null) {
                        out.add(whole(old, TextRun.REMOVED));
                    }
                    if (now != null) {
                        out.add(whole(now, TextRun.ADDED));
                    }
                }
            }
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            out.add(whole(a.get(at), TextRun.UNCHANGED));
        }
        return out;
    }

    /** A whole text on one side only: every heading and paragraph with one mark. */
    public static List<DiffParagraph> whole(List<TextBlock> blocks, String mark) {
        return units(blocks).stream().map(u -> whole(u, mark)).toList();
    }

    private static DiffParagraph whole(Unit unit, String mark) {
        return new DiffParagraph(unit.role(), WordDiff.whole(mark, unit.text()));
    }

    private static List<Unit> units(List<TextBlock> blocks) {
        List<Unit> units = new ArrayList<>();
        for (TextBlock block : blocks == null ? List.<TextBlock>of() : blocks) {
            if (block.heading() != null) {
                units.add(new Unit(DiffParagraph.HEADING, block.heading()));
            }
            block.paragraphs().forEach(p -> units.add(new Unit(DiffParagraph.PARAGRAPH, p)));
        }
        return units;
    }

    private record Unit(String role, String text) {
    }
}
