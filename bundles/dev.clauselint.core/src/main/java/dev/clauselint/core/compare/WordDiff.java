package dev.clauselint.core.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the words one version removed or added relative to the other (a longest common
 * subsequence, so a one-word edit in a long paragraph costs one or two words). A spelling fix
 * ("licence" for "license", a typo) is not a change in meaning and counts as no word.
 */
final class WordDiff {
    /** Above this many cells the exact alignment is too costly; a bag-of-words count stands in. */
    private static final long MAX_CELLS = 4_000_000;

    private WordDiff() {
    }

    static int changedWords(List<String> a, List<String> b) {
        if (a.equals(b)) return 0;
        if ((long) a.size() * b.size() > MAX_CELLS) return bagDifference(a, b);
        int n = a.size();
        int m = b.size();
        int[] prev = new int[m + 1];
        int[] row = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                row[j] = sameWord(a.get(i - 1), b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        int common = prev[m];
        return n + m - 2 * common;
    }

    private static int bagDifference(List<String> a, List<String> b) {
        Map<String, Integer> count = new HashMap<>();
        for (String w : a) count.merge(w, 1, Integer::sum);
        for (String w : b) count.merge(w, -1, Integer::sum);
        return count.values().stream().mapToInt(Math::abs).sum();
    }

    /** Equal, or a spelling variant: both long enough and one letter edit or swap apart (never numbers). */
    static boolean sameWord(String x, String y) {
        if (x.equals(y)) return true;
        if (x.length() < 5 || y.length() < 5 || Math.abs(x.length() - y.length()) > 1) return false;
        if (Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) return false;
        return oneEditApart(x, y);
    }

    private static boolean oneEditApart(String x, String y) {
        if (x.length() > y.length()) return oneEditApart(y, x);
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) i++;
        if (x.length() == y.length()) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) return true;
            // two neighbouring letters swapped: "sepcific"
            return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        return x.substring(i).equals(y.substring(i + 1));
    }
}
