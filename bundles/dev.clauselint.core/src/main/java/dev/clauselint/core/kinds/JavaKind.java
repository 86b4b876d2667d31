package dev.clauselint.core.kinds;

import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.List;

/** A rule implemented by a {@link DocumentCheck} class named in the playbook ({@code class:}). */
public record JavaKind(DocumentCheck check) implements RuleKind {
    @Override
    public String name() {
        return "java";
    }

    @Override
    public List<List<String>> keywords() {
        return List.of();
    }

    @Override
    public List<Finding> review(Rule rule, ReviewContext context) {
        return check.review(rule, context);
    }
}
