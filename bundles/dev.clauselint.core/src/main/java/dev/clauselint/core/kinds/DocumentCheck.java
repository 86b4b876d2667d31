package dev.clauselint.core.kinds;

import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.List;

/**
 * Logic no declarative kind can express (the drafting checks over defined terms and references).
 * Implementations need a public no-argument constructor and must be stateless.
 */
public interface DocumentCheck {
    List<Finding> review(Rule rule, ReviewContext context);
}
