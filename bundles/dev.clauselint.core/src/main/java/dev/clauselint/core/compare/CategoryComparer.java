package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, category by category, what the new version did to the findings of the old one.
 *
 * <p>A risky clause appearing, or becoming more severe, or recurring in more places, raises the
 * risk. A missing-protection finding is the reverse signal: when it appears the new version took
 * a protection away, so the risk goes up too; when it disappears a protection was added.
 */
final class CategoryComparer {
    private final Set<String> protections;
    private final String oldText;
    private final String newText;

    /**
     * @param oldText the old version's noise-free words joined by spaces, a space at each end
     * @param newText the same for the new version
     */
    CategoryComparer(Set<String> protections, String oldText, String newText) {
        this.protections = protections;
        this.oldText = oldText;
        this.newText = newText;
    }

    List<CategoryChange> compare(Map<String, List<FlaggedClause>> before, Map<String, List<FlaggedClause>> after) {
        Set<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        List<CategoryChange> out = new ArrayList<>();
        for (String code : codes) {
            CategoryChange c = compare(code, before.getOrDefault(code, List.of()), after.getOrDefault(code, List.of()));
            if (c != null) out.add(c);
        }
        return out;
    }

    private CategoryChange compare(String code, List<FlaggedClause> old, List<FlaggedClause> now) {
        if (old.isEmpty() && now.isEmpty()) return null;
        if (old.isEmpty()) {
            FlaggedClause first = now.get(0);
            return new CategoryChange(ChangeKind.ADDED, code, null, worst(now), RiskDirection.UP, null, first.quote(),
                    null, first.section(), first.finding());
        }
        if (now.isEmpty()) {
            FlaggedClause first = old.get(0);
            return new CategoryChange(ChangeKind.REMOVED, code, worst(old), null, RiskDirection.DOWN, first.quote(), null,
                    first.section(), null, null);
        }
        // still missing in both versions: nothing changed about that protection
        if (protections.contains(code)) return null;
        ClausePairs pairs = ClausePairs.of(old, now, oldText, newText);
        Severity was = worst(old);
        Severity is = worst(now);
        if (pairs.unchanged() && was == is) return null;
        RiskDirection risk;
        if (was != is) {
            risk = is.atLeast(was) ? RiskDirection.UP : RiskDirection.DOWN;
        } else if (pairs.onlyAdded()) {
            risk = RiskDirection.UP; // one more clause of the same risk, nothing taken back
        } else if (pairs.onlyRemoved()) {
            risk = RiskDirection.DOWN;
        } else {
            risk = RiskDirection.NEUTRAL;
        }
        FlaggedClause b = pairs.before();
        FlaggedClause a = pairs.after();
        return new CategoryChange(ChangeKind.REWORDED, code, was, is, risk, b == null ? null : b.quote(),
                a == null ? null : a.quote(), b == null ? null : b.section(), a == null ? null : a.section(),
                a == null ? now.get(0).finding() : a.finding());
    }

    static Severity worst(List<FlaggedClause> clauses) {
        Severity w = null;
        for (FlaggedClause c : clauses) if (w == null || c.severity().atLeast(w)) w = c.severity();
        return w;
    }
}
