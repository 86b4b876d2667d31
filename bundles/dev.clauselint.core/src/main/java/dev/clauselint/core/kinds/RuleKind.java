package dev.clauselint.core.kinds;

import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.List;

/**
 * A closed set of matching strategies; the playbook supplies their instances. Implementations must
 * be stateless and thread-safe: one playbook serves many documents at once.
 */
public interface RuleKind {
    /** The kind's name as written in playbook files ("clause", "require", "java"). */
    String name();

    /**
     * Lower-case word stems of which at least one must occur in a sentence for this rule to look at it;
     * empty means every sentence. This keeps a 1 MB review fast without asking authors to tune regexes.
     */
    List<String> keywords();

    List<Finding> review(Rule rule, ReviewContext context);
}
