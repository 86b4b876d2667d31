package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A protection the contract should contain. The document is fine when some sentence matches one
 * of {@code satisfiedBy} and none of {@code unless}; otherwise one finding is raised on the title,
 * with fixes that insert the model clause at the end of the first section whose title matches
 * {@code near}, or in a new section {@code heading} before the general terms. {@code sections} and
 * {@code not-sections} restrict where a satisfying sentence may stand (a notice promise under
 * "Changes to these Terms" is not a deprecation notice).
 */
public record RequireKind(List<List<String>> keywords, List<String> satisfiedBy, List<String> unless, List<String> near,
                          String heading, List<String> sections, List<String> notSections) implements RuleKind {

    @Override
    public List<String> patterns() {
        List<String> all = new java.util.ArrayList<>(satisfiedBy);
        all.addAll(unless);
        return all;
    }

    @Override
    public String name() {
        return "require";
    }

    @Override
    public List<Finding> review(Rule rule, ReviewContext ctx) {
        List<ClausePattern> satisfying = satisfiedBy.stream().map(ctx::clausePattern).toList();
        List<ClausePattern> exceptions = unless.stream().map(ctx::clausePattern).toList();
        List<Sentence> all = ctx.document().sentences();
        BitSet candidates = ctx.candidates(rule);
        SectionFilter where = SectionFilter.of(ctx, sections, notSections);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Sentence s = all.get(i);
            if (s.heading()) continue;
            if (!where.admits(ctx, s)) continue;
            if (ctx.matches(rule, s, satisfying, exceptions)) return List.of();
        }
        if (all.isEmpty()) return List.of();
        List<Pattern> nearPatterns = near.stream().map(ctx::titlePattern).toList();
        return List.of(ctx.missingFinding(rule, ctx.insertionPoint(nearPatterns, heading)));
    }
}
