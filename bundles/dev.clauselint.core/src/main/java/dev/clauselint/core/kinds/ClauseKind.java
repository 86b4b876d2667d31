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
        if (documentException(rule, ctx)) return List.of();
        return limited(findings(rule, ctx));
    }

    /** Whether a document-wide exception ({@code unless-document}) holds in any of the document's candidate sentences. */
    public boolean documentException(Rule rule, ReviewContext ctx) {
        if (unlessDocument.isEmpty()) return false;
        List<ClausePattern> documentExceptions = unlessDocument.stream().map(ctx::clausePattern).toList();
        List<Sentence> all = ctx.document().sentences();
        BitSet anywhere = ctx.documentCandidates(rule);
        for (int i = anywhere.nextSetBit(0); i >= 0; i = anywhere.nextSetBit(i + 1)) {
            if (ctx.documentExceptionMatches(rule, all.get(i), documentExceptions)) return true;
        }
        return false;
    }

    /** The first {@code limit} findings (all when there is no limit). */
    public List<Finding> limited(List<Finding> findings) {
        return limit > 0 && findings.size() > limit ? findings.subList(0, limit) : findings;
    }

    /**
     * Every matching clause among the context's candidate sentences, in document order, before
     * the document exception and the limit are applied.
     */
    public List<Finding> findings(Rule rule, ReviewContext ctx) {
        List<ClausePattern> matchers = match.stream().map(ctx::clausePattern).toList();
        List<ClausePattern> exceptions = unless.stream().map(ctx::clausePattern).toList();
        List<ClausePattern> paragraphExceptions = unlessParagraph.stream().map(ctx::clausePattern).toList();
        SectionFilter where = SectionFilter.of(ctx, sections, notSections);
        List<Sentence> all = ctx.document().sentences();
        BitSet candidates = ctx.candidates(rule);
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
        return out;
    }
}
