package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Parties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A playbook pattern compiled for one document's parties, matched the fast way.
 *
 * <p>Patterns chain pieces with bounded gaps ("{vendor}{gap}{may}{gap}use{gap}train"). As one
 * regex, each lazy gap retries every length for every way the following pieces could match, so
 * three gaps cost up to 80^3 steps at each start position. Instead the pattern is split at its
 * top-level gaps; each piece is found on its own and the pieces are chained left to right, a gap
 * being any run of at most N characters within the clause (for {gap}, free of negations). This
 * finds a match exactly when the single regex would, in linear time per piece.
 */
public final class ClausePattern {
    private static final Pattern GAP = Pattern.compile("\\{(gap|any)(\\d{0,3})\\}");
    private static final Pattern NEGATION = Pattern.compile("\\bnot\\b|\\bnever\\b|n['\u2019]t\\b|\\bno\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?\\n]");

    private final Pattern whole;
    private final List<Pattern> pieces;
    private final int[] gapMax;
    private final boolean[] gapNoNegation;

    private ClausePattern(Pattern whole, List<Pattern> pieces, int[] gapMax, boolean[] gapNoNegation) {
        this.whole = whole;
        this.pieces = pieces;
        this.gapMax = gapMax;
        this.gapNoNegation = gapNoNegation;
    }

    /** The whole pattern as one regex (what a playbook author wrote, macros expanded). */
    public Pattern regex() {
        return whole;
    }

    public static ClausePattern compile(String playbookPattern, Parties parties) {
        Pattern whole = Pattern.compile(Macros.expand(playbookPattern, parties), Pattern.CASE_INSENSITIVE);
        List<String> parts = new ArrayList<>();
        List<int[]> gaps = new ArrayList<>();
        if (!split(playbookPattern, parts, gaps) || parts.size() < 2) {
            return new ClausePattern(whole, List.of(), new int[0], new boolean[0]);
        }
        try {
            List<Pattern> pieces = new ArrayList<>();
            for (String part : parts) pieces.add(Pattern.compile(Macros.expand(part, parties), Pattern.CASE_INSENSITIVE));
            int[] max = new int[gaps.size()];
            boolean[] noNeg = new boolean[gaps.size()];
            for (int i = 0; i < gaps.size(); i++) {
                max[i] = gaps.get(i)[0];
                noNeg[i] = gaps.get(i)[1] == 1;
            }
            return new ClausePattern(whole, pieces, max, noNeg);
        } catch (PatternSyntaxException e) {
            return new ClausePattern(whole, List.of(), new int[0], new boolean[0]);
        }
    }

    /**
     * Splits at gaps outside any group or character class. Leading and trailing gaps constrain
     * nothing and are dropped; gaps next to each other are not split (false: use the regex).
     */
    static boolean split(String p, List<String> parts, List<int[]> gaps) {
        int depth = 0;
        boolean inClass = false;
        int pieceStart = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '{' && depth == 0) {
                Matcher m = GAP.matcher(p).region(i, p.length());
                if (m.lookingAt()) {
                    String piece = p.substring(pieceStart, i);
                    int n = m.group(2).isEmpty() ? (m.group(1).equals("gap") ? 80 : 120) : Integer.parseInt(m.group(2));
                    if (piece.isEmpty()) {
                        if (!parts.isEmpty()) return false;
                    } else {
                        parts.add(piece);
                        gaps.add(new int[]{n, m.group(1).equals("gap") ? 1 : 0});
                    }
                    pieceStart = m.end();
                    i = m.end() - 1;
                }
            }
        }
        if (depth != 0) return false;
        String last = p.substring(pieceStart);
        if (last.isEmpty()) {
            if (!gaps.isEmpty()) gaps.remove(gaps.size() - 1);
        } else {
            parts.add(last);
        }
        if (quantified(p, parts)) return false;
        return true;
    }

    /** A piece followed by a quantifier ("{gap}?") would change meaning when split; keep the regex then. */
    private static boolean quantified(String p, List<String> parts) {
        for (String part : parts) {
            if (part.startsWith("?") || part.startsWith("*") || part.startsWith("+") || part.matches("(?s)^\\{\\d.*")) return true;
        }
        return false;
    }

    /** Whether the pattern matches anywhere in the text. */
    public boolean find(CharSequence text) {
        if (pieces.isEmpty()) return whole.matcher(text).find();
        int[] ends = firstPiece(pieces.get(0), text);
        for (int k = 1; k < pieces.size() && ends.length > 0; k++) {
            ends = nextPiece(pieces.get(k), text, gapMax[k - 1], gapNoNegation[k - 1], ends);
        }
        return ends.length > 0;
    }

    /** Ends of every match of the first piece, one per start position, ascending. */
    private static int[] firstPiece(Pattern piece, CharSequence text) {
        Matcher m = piece.matcher(text);
        int[] ends = new int[8];
        int n = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (n == ends.length) ends = java.util.Arrays.copyOf(ends, n * 2);
            ends[n++] = m.end();
            from = m.start() + 1;
        }
        return sortedDistinct(ends, n);
    }

    /** Ends of matches of a piece that start within a clear gap after one of {@code previous}. */
    private static int[] nextPiece(Pattern piece, CharSequence text, int max, boolean noNegation, int[] previous) {
        Matcher m = piece.matcher(text);
        Matcher neg = noNegation ? NEGATION.matcher(text) : null;
        Matcher stop = CLAUSE_BREAK.matcher(text);
        int[] ends = new int[8];
        int n = 0;
        int from = previous[0];
        while (from <= text.length() && m.find(from)) {
            int start = m.start();
            int last = previous[previous.length - 1];
            if (start > last && start - last > max) break; // later starts are further still
            for (int i = previous.length - 1; i >= 0; i--) {
                int e = previous[i];
                if (e > start) continue;
                if (start - e > max) break;
                if (gapClear(stop, neg, e, start)) {
                    if (n == ends.length) ends = java.util.Arrays.copyOf(ends, n * 2);
                    ends[n++] = m.end();
                    break;
                }
            }
            from = start + 1;
        }
        return sortedDistinct(ends, n);
    }

    private static int[] sortedDistinct(int[] values, int n) {
        int[] v = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(v);
        int w = 0;
        for (int i = 0; i < v.length; i++) if (w == 0 || v[w - 1] != v[i]) v[w++] = v[i];
        return java.util.Arrays.copyOf(v, w);
    }

    private static boolean gapClear(Matcher stop, Matcher neg, int from, int to) {
        if (to == from) return true;
        stop.region(from, to);
        if (stop.find()) return false;
        if (neg == null) return true;
        neg.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        return !neg.find();
    }
}
