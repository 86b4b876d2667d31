package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.kinds.DocumentCheck;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code draft.duplicate-definition}: a term the document defines a second time, in another sentence.
 *
 * <p>Guarantees: one finding per term, on its second definition, with the first definition as the
 * related location (go-to-definition and the hover show which one wins). Two definitions of one term
 * make the contract ambiguous: each side will read the one that favours it, and a court may read the
 * term against the drafter.
 *
 * <p>Limits: a definition repeated word for word (a table a web page renders twice, the same entity line
 * in two places) says the same thing twice and is not reported. Two quoted names in one sentence
 * ({@code “Terms” or “Agreement”}) are one definition, not two. Terms that differ only in number
 * ("Term" and "Terms") are different terms.
 */
public final class DuplicateDefinitionCheck implements DocumentCheck {
    /** Characters around the quoted name compared to tell a verbatim repeat from a new definition. */
    private static final int BEFORE = 24;
    private static final int AFTER = 100;

    @Override
    public List<Finding> review(Rule rule, ReviewContext context) {
        ContractDocument doc = context.document();
        List<Finding> out = new ArrayList<>();
        for (DefinedTerm term : doc.terms()) {
            if (term.redefinitions().isEmpty()) continue;
            String before = window(doc, term.definition(), true);
            String after = window(doc, term.definition(), false);
            for (Span again : term.redefinitions()) {
                if (before.equals(window(doc, again, true)) && after.equals(window(doc, again, false))) continue;
                out.add(context.finding(rule, again,
                        DraftingText.quote(term.name()) + " is defined a second time; it was already defined earlier",
                        List.of(), List.of(term.definition())));
                break;
            }
        }
        return out;
    }

    /** Up to {@link #BEFORE} characters before, or {@link #AFTER} after, the quoted name, within its sentence. */
    private static String window(ContractDocument doc, Span definition, boolean before) {
        Sentence sentence = doc.sentenceAt(definition.start());
        int sStart = sentence == null ? 0 : sentence.plain().start();
        int sEnd = sentence == null ? doc.text().length() : Math.max(definition.end(), sentence.plain().end());
        String raw = before
                ? doc.text().substring(Math.max(sStart, definition.start() - BEFORE), definition.start())
                : doc.text().substring(definition.end(), Math.min(sEnd, definition.end() + AFTER));
        String n = DraftingText.normalized(raw);
        return before ? n.substring(Math.max(0, n.length() - BEFORE / 2)) : n.substring(0, Math.min(n.length(), AFTER / 2));
    }
}
