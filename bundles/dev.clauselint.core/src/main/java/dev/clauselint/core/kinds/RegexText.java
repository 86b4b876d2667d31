package dev.clauselint.core.kinds;

/**
 * Finding one's way in the source text of a Java regex: where a group closes and how many
 * alternatives a pattern has at its top level, stepping over escapes and character classes.
 */
final class RegexText {
    private RegexText() {
    }

    /** The index after the group that opens at {@code open} (a '('), or -1 when it does not close. */
    static int groupEnd(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i = step(re, i)) {
            char c = re.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i + 1;
        }
        return -1;
    }

    /** How many alternatives the pattern has at its top level. */
    static int topLevelBranches(String re) {
        int branches = 1;
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '(') {
                i = groupEnd(re, i);
                if (i < 0) break;
                continue;
            }
            if (c == '|') branches++;
            i = step(re, i);
        }
        return branches;
    }

    /** The index after the piece at {@code i}: an escape, a whole character class, or one character. */
    private static int step(String re, int i) {
        char c = re.charAt(i);
        if (c == '\\') return i + 2;
        if (c != '[') return i + 1;
        for (int k = i + 1; k < re.length(); k++) {
            char d = re.charAt(k);
            if (d == '\\') k++;
            else if (d == ']') return k + 1;
        }
        return re.length();
    }
}
