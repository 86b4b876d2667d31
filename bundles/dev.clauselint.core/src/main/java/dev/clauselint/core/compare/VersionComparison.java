package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Review;

import java.util.List;

/**
 * What changed between two versions of a contract, provision by provision.
 *
 * @param substantive whether anything beyond noise changed: a category, or the wording of a provision
 * @param before      the old version's review
 * @param after       the new version's review
 * @param changes     category changes, riskier first
 * @param edits       provisions whose wording changed beyond noise, in the old version's order
 */
public record VersionComparison(boolean substantive, Review before, Review after, List<CategoryChange> changes,
                                List<ProvisionEdit> edits) {

    /** Whether some change raised the risk through a category at least this severe. */
    public boolean riskierAtLeast(Severity threshold) {
        for (CategoryChange c : changes) {
            if (c.risk() == RiskDirection.UP && c.weight() != null && c.weight().atLeast(threshold)) return true;
        }
        return false;
    }
}
