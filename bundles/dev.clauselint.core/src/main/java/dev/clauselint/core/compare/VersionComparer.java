package dev.clauselint.core.compare;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.Reviewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of a contract by provision: both are reviewed by the same reviewer, the
 * findings are compared category by category ({@link CategoryComparer}) and the sections are
 * matched across versions to measure how much their wording changed ({@link TextDelta}).
 *
 * <p>The verdict is substantive when a category changed, or when at least
 * {@link #MIN_CHANGED_WORDS} word of a provision changed beyond noise. One word is enough: "not",
 * "may" for "will" or "30" for "14" can turn a clause around, while everything that is only
 * presentation has been filtered out before counting.
 */
public final class VersionComparer {
    public static final int MIN_CHANGED_WORDS = 1;

    private final Reviewer reviewer;

    public VersionComparer(Reviewer reviewer) {
        this.reviewer = reviewer;
    }

    public VersionComparison compare(ContractDocument before, ContractDocument after) {
        return compare(reviewer.review(before), reviewer.review(after));
    }

    /** Compares two reviews made by this comparer's reviewer (an editor already has the new one). */
    public VersionComparison compare(Review before, Review after) {
        Set<String> protections = protections();
        Map<String, List<FlaggedClause>> old = FlaggedClauses.of(before, protections);
        Map<String, List<FlaggedClause>> now = FlaggedClauses.of(after, protections);
        List<Provision> oldProvisions = Provisions.of(before.document());
        List<Provision> newProvisions = Provisions.of(after.document());
        List<CategoryChange> changes = new ArrayList<>(new CategoryComparer(protections, Provisions.joined(oldProvisions),
                Provisions.joined(newProvisions)).compare(old, now));
        List<ProvisionMatch> matches = ProvisionMatcher.match(oldProvisions, newProvisions);
        List<ProvisionEdit> edits = TextDelta.edits(matches);
        Set<String> named = new HashSet<>();
        changes.forEach(c -> named.add(c.code()));
        List<Rule> clauseRules = reviewer.rules().stream().filter(r -> !protections.contains(r.id())).toList();
        changes.addAll(SubjectChanges.of(edits, clauseRules, named, old, now));
        changes.sort(Comparator.comparing((CategoryChange c) -> c.risk().ordinal())
                .thenComparing(c -> c.weight() == null ? Integer.MAX_VALUE : c.weight().ordinal())
                .thenComparing(CategoryChange::code));
        int changedWords = edits.stream().mapToInt(ProvisionEdit::wordsChanged).sum();
        boolean substantive = !changes.isEmpty() || changedWords >= MIN_CHANGED_WORDS;
        return new VersionComparison(substantive, before, after, List.copyOf(changes), edits);
    }

    /** Rules that report a protection the contract lacks rather than a clause it has. */
    private Set<String> protections() {
        Set<String> ids = new HashSet<>();
        for (Rule r : reviewer.rules()) {
            if ("require".equals(r.kind().name()) || r.id().startsWith("missing.")) ids.add(r.id());
        }
        return ids;
    }
}
