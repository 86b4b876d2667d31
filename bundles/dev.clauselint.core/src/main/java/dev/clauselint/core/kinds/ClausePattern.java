package dev.clauselint.core.kinds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A playbook pattern with its macros expanded, matched case-insensitively against party-normalised
 * text (see {@link PartyText}).
 */
public final class ClausePattern {
    private final Pattern regex;
    /** The pattern can only start where a word starts, so only word starts need trying. */
    private final boolean wordStart;
    /** Lower-case literal text every match starts with, or null when unknown. */
    private final String[] prefixes;
    /** First characters of the prefixes, both cases, for a one-lookup rejection. */
    private final boolean[] firstChar = new boolean[128];
    private boolean nonAsciiFirst;
    /** The first two characters of the prefixes, lower-cased ASCII pairs, for a second one-lookup rejection. */
    private final boolean[] firstTwo = new boolean[128 * 128];
    /** Whether some prefix is one character long or has a non-ASCII second character: no pair filter then. */
    private boolean pairsUnknown;

    /** What a text must contain before the regex is worth running. */
    private final Prefilter prefilter;
    /**
     * For a pattern "somewhere A, and somewhere B" ({@code ^(?=[\s\S]*?A)[\s\S]*?B}): A and B
     * searched on their own, each at its own word starts; null for any other pattern.
     */
    private final ClausePattern[] both;

    private ClausePattern(Pattern regex, boolean wordStart, java.util.Set<String> prefixes, Prefilter prefilter,
                          ClausePattern[] both) {
        this.regex = regex;
        this.prefilter = prefilter;
        this.both = both;
        this.wordStart = wordStart;
        this.prefixes = prefixes == null ? null : prefixes.toArray(new String[0]);
        if (prefixes != null) {
            for (String p : prefixes) {
                char c = p.charAt(0);
                if (c < 128) {
                    firstChar[Character.toLowerCase(c)] = true;
                    firstChar[Character.toUpperCase(c)] = true;
                } else {
                    nonAsciiFirst = true;
                }
                if (p.length() < 2 || c >= 128 || p.charAt(1) >= 128) {
                    pairsUnknown = true;
                } else {
                    firstTwo[Character.toLowerCase(c) * 128 + Character.toLowerCase(p.charAt(1))] = true;
                }
            }
        }
    }

    public static ClausePattern compile(String playbookPattern) {
        return compileExpanded(Macros.expand(playbookPattern));
    }

    private static final String SOMEWHERE = "[\\s\\S]*?";

    private static ClausePattern compileExpanded(String expanded) {
        Pattern regex = Pattern.compile(expanded, Pattern.CASE_INSENSITIVE);
        // every top-level alternative must open at a word boundary: check the pattern as one group
        boolean wordStart = startsWithBoundary("(?:" + expanded + ")", 0) >= 0;
        java.util.Set<String> prefixes = LiteralPrefixes.of(expanded);
        // "\\b," starts where a word ends, not where one starts: only word characters after \\b qualify
        if (prefixes != null && prefixes.stream().anyMatch(p -> !isWord(p.charAt(0)))) wordStart = false;
        ClausePattern[] both = null;
        if (expanded.startsWith("^(?=" + SOMEWHERE)) {
            // matched at the text's start, the lookahead and the rest each search the whole text:
            // the same as two searches, which can each skip to their own word starts
            int close = RegexText.groupEnd(expanded, 1);
            if (close > 0 && expanded.startsWith(SOMEWHERE, close) && RegexText.topLevelBranches(expanded) == 1) {
                both = new ClausePattern[]{
                        compileExpanded(expanded.substring(4 + SOMEWHERE.length(), close - 1)),
                        compileExpanded(expanded.substring(close + SOMEWHERE.length()))};
            }
        }
        return new ClausePattern(regex, wordStart, prefixes, PrefilterBuilder.of(expanded), both);
    }

    /**
     * Whether every way the regex can begin, from {@code pos}, begins with \\b: either a literal "\\b",
     * or a group ("(?:", "(?-i:", "(") all of whose branches do. Returns the index after the checked
     * opening, or -1. "(?:\\bnot\\b|n't)" fails: "n't" starts inside a word.
     */
    static int startsWithBoundary(String re, int pos) {
        // a leading lookaround ("(?<!non-)\\bexclusive") consumes nothing: what follows it decides
        while (re.startsWith("(?<!", pos) || re.startsWith("(?<=", pos) || re.startsWith("(?!", pos) || re.startsWith("(?=", pos)) {
            pos = RegexText.groupEnd(re, pos);
            if (pos < 0) return -1;
        }
        if (re.startsWith("\\b", pos)) return pos + 2;
        int body;
        if (re.startsWith("(?:", pos)) body = pos + 3;
        else if (re.startsWith("(?-i:", pos) || re.startsWith("(?i:", pos)) body = re.indexOf(':', pos) + 1;
        else return -1;
        int depth = 0;
        boolean inClass = false;
        int branch = body;
        for (int i = body; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == '|' || c == ')') && depth == 0) {
                if (startsWithBoundary(re, branch) < 0) return -1;
                if (c == ')') {
                    // the group must not be optional, or the match could begin after it
                    char q = i + 1 < re.length() ? re.charAt(i + 1) : ' ';
                    return q == '?' || q == '*' || q == '{' ? -1 : i + 1;
                }
                branch = i + 1;
            }
        }
        return -1;
    }

    public Prefilter prefilter() {
        return prefilter;
    }

    public Pattern regex() {
        return regex;
    }

    /**
     * Whether the pattern matches anywhere in the text. Patterns that open with a word boundary are
     * tried at word starts only: Java's regex engine would otherwise test the boundary and the first
     * alternation at every character, which is most of a review's time.
     */
    public boolean find(CharSequence text) {
        if (both != null) return both[0].find(text) && both[1].find(text);
        Matcher m = regex.matcher(text);
        if (!wordStart && prefixes == null) return m.find();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        // the scan for candidate starts is linear and cannot backtrack: read the text directly,
        // and leave the time budget to the regex, which can
        CharSequence scan = text instanceof dev.clauselint.core.review.BudgetedCharSequence b ? b.unbudgeted() : text;
        boolean previousWord = false;
        for (int i = 0; i < n; i++) {
            char c = scan.charAt(i);
            boolean word = isWord(c);
            boolean start = !wordStart || word && !previousWord;
            previousWord = word;
            if (!start) continue;
            if (prefixes != null && !startsWithPrefix(scan, i, c)) continue;
            if (m.region(i, n).lookingAt()) return true;
        }
        return false;
    }

    /**
     * Whether the pattern matches anywhere in a scanned text. The prefilter rules out most texts
     * with a few bit tests; patterns that open at a word are then tried only at the word starts
     * the scan found.
     *
     * @param budgeted the same text, bounded by the running rule's time budget, for the regex
     */
    public boolean find(ScannedText scanned, CharSequence budgeted) {
        if (!prefilter.admits(scanned)) return false;
        if (both != null) return both[0].find(scanned, budgeted) && both[1].find(scanned, budgeted);
        if (!wordStart) return find(budgeted);
        Matcher m = regex.matcher(budgeted).useTransparentBounds(true).useAnchoringBounds(false);
        String text = scanned.text();
        int n = text.length();
        boolean positional = prefilter != Prefilter.ALL;
        for (int i : scanned.wordStarts()) {
            if (prefixes != null && !startsWithPrefix(text, i, text.charAt(i))) continue;
            // the words a match needs must all still lie ahead; once one does not, no later start can match
            if (positional && !prefilter.admits(scanned.from(i))) return false;
            if (m.region(i, n).lookingAt()) return true;
        }
        return false;
    }

    private boolean startsWithPrefix(CharSequence text, int i, char c) {
        if (c < 128 ? !firstChar[c] : !nonAsciiFirst) return false;
        if (!pairsUnknown && c < 128 && i + 1 < text.length()) {
            char d = text.charAt(i + 1);
            if (d < 128 && !firstTwo[Character.toLowerCase(c) * 128 + Character.toLowerCase(d)]) return false;
        }
        for (String p : prefixes) {
            if (i + p.length() > text.length()) continue;
            boolean ok = true;
            for (int k = 0; k < p.length() && ok; k++) {
                char t = text.charAt(i + k);
                char e = p.charAt(k);
                ok = t == e || Character.toLowerCase(t) == e || Character.toUpperCase(t) == Character.toUpperCase(e);
            }
            if (ok) return true;
        }
        return false;
    }

    /** Java's definition of a word character for \\b without UNICODE_CHARACTER_CLASS. */
    static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
