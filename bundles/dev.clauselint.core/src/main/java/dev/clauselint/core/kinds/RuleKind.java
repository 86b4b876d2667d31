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
     * Groups of lower-case word stems: a sentence is looked at only when, for every group, one of
     * its stems starts a word of the sentence. No groups means every sentence. This keeps a 1 MB
     * review fast: regexes only run on the few sentences that could match.
     */
    List<List<String>> keywords();

    List<Finding> review(Rule rule, ReviewContext context);

    /** The playbook patterns the kind matches with, so they can be compiled before the first review. */
    default List<String> patterns() {
        return List.of();
    }
}
