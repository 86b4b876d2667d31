package dev.clauselint.core.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The flagged clauses of one category in two versions, with those that read the same on both
 * sides (noise and spelling aside) set aside. A clause whose text the other version still has,
 * unflagged, is set aside too: a rule reports at most a few clauses, so a new clause earlier in
 * the text can push an unchanged one out of the report. What is left shows the rewording: the
 * most alike old and new clause are the ones to quote.
 */
final class ClausePairs {
    private final List<FlaggedClause> onlyBefore;
    private final List<FlaggedClause> onlyAfter;

    private ClausePairs(List<FlaggedClause> onlyBefore, List<FlaggedClause> onlyAfter) {
        this.onlyBefore = onlyBefore;
        this.onlyAfter = onlyAfter;
    }

    /**
     * @param oldText the old version's words joined by spaces, with a space at each end
     * @param newText the same for the new version
     */
    static ClausePairs of(List<FlaggedClause> old, List<FlaggedClause> now, String oldText, String newText) {
        List<FlaggedClause> before = new ArrayList<>(old);
        List<FlaggedClause> after = new ArrayList<>(now);
        for (var it = before.iterator(); it.hasNext(); ) {
            FlaggedClause b = it.next();
            for (int i = 0; i < after.size(); i++) {
                if (WordDiff.changedWords(b.words(), after.get(i).words()) == 0) {
                    after.remove(i);
                    it.remove();
                    break;
                }
            }
        }
        before.removeIf(c -> contains(newText, c));
        after.removeIf(c -> contains(oldText, c));
        return new ClausePairs(before, after);
    }

    private static boolean contains(String text, FlaggedClause c) {
        return !c.words().isEmpty() && text.contains(" " + String.join(" ", c.words()) + " ");
    }

    /** Every old clause is still there and some new one came. */
    boolean onlyAdded() {
        return onlyBefore.isEmpty() && !onlyAfter.isEmpty();
    }

    boolean onlyRemoved() {
        return !onlyBefore.isEmpty() && onlyAfter.isEmpty();
    }

    boolean unchanged() {
        return onlyBefore.isEmpty() && onlyAfter.isEmpty();
    }

    /** The old clause of the most alike old/new pair, or the first old-only clause, or null. */
    FlaggedClause before() {
        int[] best = best();
        if (best != null) return onlyBefore.get(best[0]);
        return onlyBefore.isEmpty() ? null : onlyBefore.get(0);
    }

    FlaggedClause after() {
        int[] best = best();
        if (best != null) return onlyAfter.get(best[1]);
        return onlyAfter.isEmpty() ? null : onlyAfter.get(0);
    }

    private int[] best() {
        int[] best = null;
        double score = -1;
        for (int i = 0; i < onlyBefore.size(); i++) {
            for (int j = 0; j < onlyAfter.size(); j++) {
                double s = Similarity.words(onlyBefore.get(i).words(), onlyAfter.get(j).words());
                if (s > score) {
                    score = s;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }
}
