package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A risky clause: a sentence matching one of {@code match} (written with the actor and modality
 * macros of {@link Macros}) and none of {@code unless}, optionally only under headings matching
 * {@code sections}; {@code unless-paragraph} patterns are tried on the whole paragraph, for
 * exceptions stated in a neighbouring sentence ("We may not assign it either."), and one
 * {@code unless-document} match in any sentence that shares the rule's keywords silences the rule
 * for the whole document (the vendor's own indemnity, two sections further on, makes the
 * customer's indemnity mutual). Adjacent matching sentences of one paragraph become one finding, because
 * together they are the clause that carries the risk.
 */
public record ClauseKind(List<List<String>> keywords, List<String> match, List<String> unless, List<String> sections,
                         List<String> notSections, boolean headings, int limit, List<String> unlessParagraph,
                         List<String> unlessDocument)
        implements RuleKind {

    @Override
    public String name() {
        return "clause";
    }

    @Override
    public List<String> patterns() {
        List<String> all = new ArrayList<>(match);
        all.addAll(unless);
        all.addAll(unlessParagraph);
        all.addAll(unlessDocument);
        return all;
    }

    @Override
    public List<Finding> review(Rule rule, ReviewContext ctx) {
        List<ClausePattern> matchers = match.stream().map(ctx::clausePattern).toList();
        List<ClausePattern> exceptions = unless.stream().map(ctx::clausePattern).toList();
        List<ClausePattern> paragraphExceptions = unlessParagraph.stream().map(ctx::clausePattern).toList();
        SectionFilter where = SectionFilter.of(ctx, sections, notSections);
        List<Sentence> all = ctx.document().sentences();
        BitSet candidates = ctx.candidates(rule);
        if (!unlessDocument.isEmpty()) {
            List<ClausePattern> documentExceptions = unlessDocument.stream().map(ctx::clausePattern).toList();
            BitSet anywhere = ctx.documentCandidates(rule);
            for (int i = anywhere.nextSetBit(0); i >= 0; i = anywhere.nextSetBit(i + 1)) {
                if (ctx.documentExceptionMatches(rule, all.get(i), documentExceptions)) return List.of();
            }
        }
        List<Finding> out = new ArrayList<>();
        Span open = null;
        int openBlock = -1;
        int lastIndex = -2;
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Sentence s = all.get(i);
            if (s.heading() && !headings) continue;
            if (!where.admits(ctx, s)) continue;
            if (!ctx.matches(rule, s, matchers, exceptions)) continue;
            if (!paragraphExceptions.isEmpty() && ctx.paragraphMatches(rule, s.block(), paragraphExceptions)) continue;
            if (open != null && s.block() == openBlock && i == lastIndex + 1) {
                open = open.union(s.plain());
            } else {
                if (open != null) out.add(ctx.clauseFinding(rule, open));
                open = s.plain();
                openBlock = s.block();
            }
            lastIndex = i;
        }
        if (open != null) out.add(ctx.clauseFinding(rule, open));
        return limit > 0 && out.size() > limit ? out.subList(0, limit) : out;
    }
}
