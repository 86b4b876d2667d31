package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;

import java.util.List;

/**
 * A finding as a comparison sees it.
 *
 * @param finding the finding itself (its spans point into its own version)
 * @param words   the flagged text, noise removed: equal words mean the same clause
 * @param quote   a short quote for people, at most {@link Quote#MAX} characters
 * @param section the heading of the section it lies in, or null (opening text, missing protections)
 * @param sectionIndex that section's index, -1 for the opening text or a missing protection
 */
public record FlaggedClause(Finding finding, List<String> words, String quote, String section, int sectionIndex) {

    public String code() {
        return finding.ruleId();
    }

    public Severity severity() {
        return finding.severity();
    }
}
