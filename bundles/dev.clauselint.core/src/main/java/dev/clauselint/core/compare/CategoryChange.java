package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;

/**
 * How one catalog category changed between two versions.
 *
 * @param kind           added, removed or reworded
 * @param code           the catalog id (rule id)
 * @param severityBefore the most severe finding of the category in the old version, or null
 * @param severityAfter  the same in the new version, or null
 * @param risk           whether the change is worse for the reader's side
 * @param before         a quote of the old clause, or null
 * @param after          a quote of the new clause, or null
 * @param sectionBefore  the heading the old clause is under, or null
 * @param sectionAfter   the heading the new clause is under, or null
 * @param finding        the new version's finding behind the change (to mark it in an editor), or null
 */
public record CategoryChange(ChangeKind kind, String code, Severity severityBefore, Severity severityAfter,
                             RiskDirection risk, String before, String after, String sectionBefore,
                             String sectionAfter, Finding finding) {

    /** The more severe of the two sides: how much the change matters. */
    public Severity weight() {
        if (severityBefore == null) return severityAfter;
        if (severityAfter == null) return severityBefore;
        return severityBefore.atLeast(severityAfter) ? severityBefore : severityAfter;
    }
}
