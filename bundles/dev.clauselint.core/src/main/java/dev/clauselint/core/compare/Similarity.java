package dev.clauselint.core.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How alike two word sequences are: Jaccard overlap of their word shingles. */
final class Similarity {
    /** Three-word shingles: enough to tell "we will not train" from "we will train". */
    static final int SHINGLE = 3;

    private Similarity() {
    }

    static Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words.size() < SHINGLE) {
            // short texts: their words are all there is to compare
            if (!words.isEmpty()) out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) if (large.contains(s)) common++;
        return common / (double) (a.size() + b.size() - common);
    }

    static double words(List<String> a, List<String> b) {
        return jaccard(new HashSet<>(a), new HashSet<>(b));
    }
}
