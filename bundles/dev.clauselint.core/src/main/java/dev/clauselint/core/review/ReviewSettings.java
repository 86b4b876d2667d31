package dev.clauselint.core.review;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Severity;

import java.util.Map;
import java.util.Set;

/**
 * What the user chose for a review.
 *
 * @param perspective        whose side the review takes
 * @param disabledRules      rule ids never reported
 * @param severityOverrides  per rule id, a severity replacing the playbook's
 * @param minimumSeverity    findings below it are dropped
 * @param maxFindings        at most this many findings per document (most severe kept), 0 for no limit
 * @param ruleBudgetMillis   time one rule may take on one document before it is skipped
 */
public record ReviewSettings(Perspective perspective, Set<String> disabledRules, Map<String, Severity> severityOverrides,
                             Severity minimumSeverity, int maxFindings, long ruleBudgetMillis) {

    public static ReviewSettings defaults() {
        return new ReviewSettings(Perspective.CUSTOMER, Set.of(), Map.of(), Severity.NOTE, 0, 1000);
    }

    public ReviewSettings withPerspective(Perspective p) {
        return new ReviewSettings(p, disabledRules, severityOverrides, minimumSeverity, maxFindings, ruleBudgetMillis);
    }

    public ReviewSettings withDisabled(Set<String> ids) {
        return new ReviewSettings(perspective, Set.copyOf(ids), severityOverrides, minimumSeverity, maxFindings, ruleBudgetMillis);
    }

    public ReviewSettings withOverrides(Map<String, Severity> o) {
        return new ReviewSettings(perspective, disabledRules, Map.copyOf(o), minimumSeverity, maxFindings, ruleBudgetMillis);
    }

    public ReviewSettings withMinimumSeverity(Severity s) {
        return new ReviewSettings(perspective, disabledRules, severityOverrides, s, maxFindings, ruleBudgetMillis);
    }

    public ReviewSettings withMaxFindings(int n) {
        return new ReviewSettings(perspective, disabledRules, severityOverrides, minimumSeverity, n, ruleBudgetMillis);
    }

    public ReviewSettings withRuleBudgetMillis(long ms) {
        return new ReviewSettings(perspective, disabledRules, severityOverrides, minimumSeverity, maxFindings, ms);
    }
}
