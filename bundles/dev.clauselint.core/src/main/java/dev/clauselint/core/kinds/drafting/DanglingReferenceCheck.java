package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.kinds.DocumentCheck;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;
import dev.clauselint.core.structure.SectionReferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code draft.dangling-reference}: a cross-reference ("Section 13", "Sections 4.2 and 5", "Section L.3",
 * "clause 7.1", "Schedule B", "Exhibit A", "Annex 2") to a part the document does not contain.
 *
 * <p>Guarantees: one finding per missing target, on its first reference, with the later references as
 * related locations. A reference to nothing is a broken link: the clause that relies on it (a liability
 * cap "subject to Section 13", fees "as set out in Schedule B") has no content, and the parties will
 * disagree about what was meant, typically after a renumbering.
 *
 * <p>Which references count and when a target exists is decided by {@link SectionReferences}; this check
 * reports the ones it marks as checked and missing. Section references are only checked when the
 * document has at least three numbered headings: without them the numbering was not recognised, and
 * silence is safer.
 */
public final class DanglingReferenceCheck implements DocumentCheck {

    @Override
    public List<Finding> review(Rule rule, ReviewContext context) {
        Map<String, List<Span>> missing = new LinkedHashMap<>();
        for (SectionReferences.Reference r : SectionReferences.in(context.document())) {
            if (r.checked() && !r.exists()) missing.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r.span());
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : missing.entrySet()) {
            List<Span> spans = e.getValue();
            out.add(context.finding(rule, spans.get(0),
                    "The document refers to " + e.getKey() + " but contains no " + e.getKey(),
                    List.of(), spans.subList(1, Math.min(spans.size(), 6))));
        }
        return out;
    }
}
