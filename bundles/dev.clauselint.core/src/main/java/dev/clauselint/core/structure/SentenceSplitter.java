package dev.clauselint.core.structure;

import dev.clauselint.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences without being fooled by the abbreviations contracts are full
 * of ("U.S.C.", "Inc.", "e.g.", "No. 5", "§ 2.1"), by decimals, by "(a)" list markers or by a
 * list number at the start of a block.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "llc", "l.l.c", "plc", "gmbh", "s.a", "b.v", "n.v", "pty", "pte", "lp", "llp",
            "e.g", "i.e", "etc", "cf", "viz", "vs", "v", "no", "nos", "art", "arts", "sec", "secs", "para", "paras",
            "p", "pp", "ch", "cl", "subs", "approx", "al", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "fig",
            "u.s", "u.s.c", "u.k", "e.u", "u.s.a", "c.f.r", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sept", "sep", "oct", "nov", "dec", "dept", "est", "ref", "vol", "ed", "eds", "op", "cit", "ibid",
            "incl", "excl", "max", "min", "govt", "assn", "bros", "cal", "civ", "stat", "reg", "regs", "n.d", "r.s",
            "ca", "del", "ny", "n.y", "wash", "mass", "fla", "tex", "ill", "ont", "ph.d", "ave", "blvd", "rd", "ste",
            "corp.", "int'l", "intl", "seq", "et", "esq");

    private SentenceSplitter() {
    }

    /** Sentence ranges inside {@code text[from, to)}, trimmed, in order. */
    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        int paren = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(') paren++;
            else if (c == ')' && paren > 0) paren--;
            if ((c == '.' || c == '?' || c == '!') && isBoundary(text, start, i, to, paren)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) end++;
                add(out, text, start, end);
                start = skipSpace(text, end, to);
                i = start;
                paren = 0;
                continue;
            }
            if (c == '\n' && i + 1 < to && text.charAt(i + 1) == '\n') {
                add(out, text, start, i);
                start = skipSpace(text, i, to);
                i = start;
                paren = 0;
                continue;
            }
            i++;
        }
        add(out, text, start, to);
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > start) out.add(new Span(start, e));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '*';
    }

    private static boolean isBoundary(String text, int sentenceStart, int i, int to, int paren) {
        int next = i + 1;
        while (next < to && isCloser(text.charAt(next))) next++;
        if (next >= to) return true;
        char after = text.charAt(next);
        if (!Character.isWhitespace(after)) return false;
        int k = skipSpace(text, next, to);
        if (k >= to) return true;
        char first = text.charAt(k);
        if (text.charAt(i) != '.') {
            return Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first);
        }
        // a period: reject abbreviations, initials, and list numbers at the start of the sentence
        String word = wordBefore(text, sentenceStart, i);
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            // "Inc." and "Ltd." may still end a sentence when a new one clearly starts
            boolean company = lower.equals("inc") || lower.equals("ltd") || lower.equals("llc") || lower.equals("etc")
                    || lower.equals("co") || lower.equals("corp") || lower.equals("plc") || lower.equals("u.s");
            if (!company) return false;
            return Character.isUpperCase(first) && startsCommonSentence(text, k, to);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // initials ("J. Smith") and letter list markers ("A. Services") are not boundaries
            return false;
        }
        if (!word.isEmpty() && word.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            // "1." or "3.2." at the start of a sentence is a list number, not its end
            if (text.substring(sentenceStart, i).strip().equals(word)) return false;
        }
        if (paren > 0 && !Character.isUpperCase(first)) return false;
        if (Character.isLowerCase(first)) return false;
        if (first == '(' && k + 2 < to) {
            // "(a) ..." after a period starts a new list item, which is a new sentence
            return true;
        }
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first) || first == '\u00A7';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '*';
    }

    private static final Set<String> COMMON_STARTS = Set.of("the", "this", "these", "you", "we", "our", "your", "if",
            "in", "any", "all", "each", "no", "to", "for", "by", "when", "customer", "user", "please", "it", "they", "such");

    private static boolean startsCommonSentence(String text, int k, int to) {
        int e = k;
        while (e < to && Character.isLetter(text.charAt(e))) e++;
        return COMMON_STARTS.contains(text.substring(k, e).toLowerCase(Locale.ROOT));
    }

    /** The token ending at the period at {@code dot}, dots inside it kept ("U.S", "e.g"). */
    private static String wordBefore(String text, int from, int dot) {
        int s = dot;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(' && text.charAt(s - 1) != '"'
                && text.charAt(s - 1) != '\u201C') {
            s--;
        }
        return text.substring(s, dot);
    }
}
