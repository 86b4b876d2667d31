package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.review.ReviewContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code sections} / {@code not-sections} condition of a rule: where in the document's outline a
 * sentence may stand, judged on the titles of the sections above it.
 */
record SectionFilter(List<Pattern> inside, List<Pattern> outside) {

    static SectionFilter of(ReviewContext ctx, List<String> sections, List<String> notSections) {
        return new SectionFilter(sections.stream().map(ctx::titlePattern).toList(),
                notSections.stream().map(ctx::titlePattern).toList());
    }

    boolean admits(ReviewContext ctx, Sentence s) {
        if (inside.isEmpty() && outside.isEmpty()) return true;
        String titles = ctx.sectionTitles(s);
        if (!inside.isEmpty() && inside.stream().noneMatch(p -> p.matcher(titles).find())) return false;
        return outside.stream().noneMatch(p -> p.matcher(titles).find());
    }
}
