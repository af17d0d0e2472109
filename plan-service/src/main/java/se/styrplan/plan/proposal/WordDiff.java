package se.styrplan.plan.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level differences of two texts, with java-diff-utils over tokens that are a word (letters and digits), a
 * punctuation character or a run of whitespace, so joining the tokens gives the text back exactly and "kvalitet."
 * shares its word with "kvalitet att …". Within each change the removed text comes before the added text, as in
 * the source document.
 */
public final class WordDiff {

    /** Whitespace (no-break spaces included), a word (letters and digits), or one other character (punctuation). */
    private static final Pattern TOKEN = Pattern.compile("[\\s\\u00a0]+|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\u00a0\\p{L}\\p{M}\\p{N}]");

    private WordDiff() {
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The words of a text (whitespace dropped). */
    public static List<String> words(String text) {
        return tokens(text).stream().filter(t -> !isSpace(t)).toList();
    }

    static boolean isSpace(String token) {
        return token.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0');
    }

    /** Runs turning {@code from} into {@code to}; unchanged + removed runs give {@code from}, unchanged + added give {@code to}. */
    public static List<TextRun> diff(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        List<TextRun> raw = new ArrayList<>();
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
        deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
        int at = 0;
        for (AbstractDelta<String> delta : deltas) {
            for (; at < delta.getSource().getPosition(); at++) {
                raw.add(new TextRun(TextRun.UNCHANGED, a.get(at)));
            }
            delta.getSource().getLines().forEach(t -> raw.add(new TextRun(TextRun.REMOVED, t)));
            delta.getTarget().getLines().forEach(t -> raw.add(new TextRun(TextRun.ADDED, t)));
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < a.size(); at++) {
            raw.add(new TextRun(TextRun.UNCHANGED, a.get(at)));
        }
        return tidy(raw);
    }

    /** The whole text as one run of one mark (nothing for an empty text). */
    public static List<TextRun> whole(String mark, String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new TextRun(mark, text));
    }

    /**
     * Reads like a person's markup: a lone space between two changes joins them into one change, and each change is
     * one removed run followed by one added run.
     */
    static List<TextRun> tidy(List<TextRun> raw) {
        List<TextRun> joined = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            TextRun run = raw.get(i);
            boolean between = i > 0 && i < raw.size() - 1 && !raw.get(i - 1).isUnchanged() && !raw.get(i + 1).isUnchanged();
            if (run.isUnchanged() && isSpace(run.text()) && between) {
                joined.add(new TextRun(TextRun.REMOVED, run.text()));
                joined.add(new TextRun(TextRun.ADDED, run.text()));
            } else {
                joined.add(run);
            }
        }
        List<TextRun> result = new ArrayList<>();
        StringBuilder unchanged = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (TextRun run : joined) {
            if (run.isUnchanged()) {
                flushChange(result, removed, added);
                unchanged.append(run.text());
            } else {
                flush(result, TextRun.UNCHANGED, unchanged);
                (TextRun.REMOVED.equals(run.mark()) ? removed : added).append(run.text());
            }
        }
        flushChange(result, removed, added);
        flush(result, TextRun.UNCHANGED, unchanged);
        return endSentences(result);
    }

    /**
     * A replaced sentence keeps its full stop: when a change that removes and adds text is followed by an unchanged
     * sentence end (". ", "! ", "? " or the text's last character), the mark moves into both sides of the change,
     * which is how people mark a sentence replaced by another.
     */
    private static List<TextRun> endSentences(List<TextRun> runs) {
        List<TextRun> out = new ArrayList<>(runs);
        for (int i = 2; i < out.size(); i++) {
            TextRun next = out.get(i);
            String text = next.text();
            boolean sentenceEnd = next.isUnchanged() && ".!?".indexOf(text.charAt(0)) >= 0
                    && (text.length() == 1 || isSpace(text.substring(1, 2)));
            if (sentenceEnd && TextRun.REMOVED.equals(out.get(i - 2).mark()) && TextRun.ADDED.equals(out.get(i - 1).mark())) {
                String mark = text.substring(0, 1);
                out.set(i - 2, new TextRun(TextRun.REMOVED, out.get(i - 2).text() + mark));
                out.set(i - 1, new TextRun(TextRun.ADDED, out.get(i - 1).text() + mark));
                if (text.length() == 1) {
                    out.remove(i);
                } else {
                    out.set(i, new TextRun(TextRun.UNCHANGED, text.substring(1)));
                }
            }
        }
        return out;
    }

    private static void flushChange(List<TextRun> out, StringBuilder removed, StringBuilder added) {
        flush(out, TextRun.REMOVED, removed);
        flush(out, TextRun.ADDED, added);
    }

    private static void flush(List<TextRun> out, String mark, StringBuilder text) {
        if (text.length() > 0) {
            out.add(new TextRun(mark, text.toString()));
            text.setLength(0);
        }
    }
}
