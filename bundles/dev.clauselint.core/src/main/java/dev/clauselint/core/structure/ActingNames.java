package dev.clauselint.core.structure;

import dev.clauselint.core.model.PlainChars;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds capitalised names acting in the text: "Anthropic may", "Acme Corp's will", "OpenAI is not".
 * The same matches as the regex
 * {@code \b([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?)(?:’s|'s)?\s+(?:may|will|shall|must|can|reserves|does|is not|agrees|retains|owns)\b},
 * found by hand: the regex tried every position of up to 200 KB of text, which was a quarter of
 * reading a contract. Here only capitalised word starts are looked at.
 */
final class ActingNames {
    private static final String[] VERBS = {"may", "will", "shall", "must", "can", "reserves", "does", "is not", "agrees",
            "retains", "owns"};

    private ActingNames() {
    }

    /** The names, in text order, each followed by one of the verbs. */
    static List<String> in(String text) {
        List<String> names = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || wordBefore(text, i)) {
                i++;
                continue;
            }
            int first = alnumEnd(text, i + 1);
            if (first == i + 1) {
                i++;
                continue;
            }
            // a second capitalised word is taken when there is one: without it the verb would have
            // to be that capitalised word, and the verbs are lower-case
            int nameEnd = first;
            if (first + 1 < n && text.charAt(first) == ' ' && isUpper(text.charAt(first + 1))) {
                int second = alnumEnd(text, first + 2);
                if (second > first + 2) nameEnd = second;
            }
            int verbEnd = verbAfter(text, nameEnd);
            if (verbEnd < 0) {
                i++;
                continue;
            }
            names.add(text.substring(i, nameEnd));
            i = verbEnd;
        }
        return names;
    }

    /** After a name: an optional possessive, whitespace, a verb ending at a word boundary; its end or -1. */
    private static int verbAfter(String text, int p) {
        if (text.startsWith("\u2019s", p) || text.startsWith("'s", p)) p += 2;
        int space = p;
        while (p < text.length() && PlainChars.regexSpace(text.charAt(p))) p++;
        if (p == space) return -1;
        for (String verb : VERBS) {
            int end = p + verb.length();
            if (text.startsWith(verb, p) && !wordAt(text, end)) return end;
        }
        return -1;
    }

    private static int alnumEnd(String text, int p) {
        while (p < text.length() && isAsciiAlnum(text.charAt(p))) p++;
        return p;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || isUpper(c) || c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
    /** Whether the code point before {@code i} is part of a word, as Java regex's \b decides it. */
    private static boolean wordBefore(String text, int i) {
        if (i == 0) return false;
        int cp = Character.codePointBefore(text, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasWordBase(text, i - 1);
    }

    /** Whether the code point at {@code i} is part of a word, as Java regex's \b decides it. */
    private static boolean wordAt(String text, int i) {
        if (i >= text.length()) return false;
        int cp = Character.codePointAt(text, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasWordBase(text, i);
    }

    /** A combining mark counts as part of a word when the marks before it sit on a letter or digit. */
    private static boolean hasWordBase(String text, int i) {
        for (int x = i; x >= 0; x--) {
            int cp = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(cp)) return true;
            if (Character.getType(cp) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }

    private static boolean isWord(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }
}
