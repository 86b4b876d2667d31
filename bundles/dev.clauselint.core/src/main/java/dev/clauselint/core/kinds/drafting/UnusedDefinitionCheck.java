package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.kinds.DocumentCheck;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code draft.unused-definition}: a term the document defines and then never uses.
 *
 * <p>Guarantees: one finding per such term, on the quoted name in its definition. An unused definition
 * is dead code: it usually means a clause that relied on it was deleted or renamed, so some provision
 * may no longer say what the drafter meant (a "Term" defined but the renewal clause now says "the
 * subscription period").
 *
 * <p>A use is any later occurrence of the name, singular or plural, written with the same capitals,
 * outside headings and outside definitions. Not reported, because they are names rather than
 * definitions nobody needs: the parties' own names and aliases introduced together with a pronoun
 * ({@code (“Acme”, “we”, “us”)}), abbreviations in capitals ({@code (“GDPR”)}) and members of a group
 * whose collective name or sibling is used ({@code (each, a “Plan” and collectively, the “Plans”)}), and
 * labels of other documents ({@code (the “Supported Regions Policy”)}, {@code (the “APAC Terms”)}), which
 * are often named once for the reader's benefit.
 */
public final class UnusedDefinitionCheck implements DocumentCheck {
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u2018]([^\"\u201C\u201D\u2018\u2019\\n]{1,60})[\"\u201D\u2019]");
    private static final Set<String> DOCUMENT_WORDS = Set.of("Terms", "Policy", "Policies", "Agreement", "Addendum",
            "Guidelines", "Notice", "Statement", "Conditions", "Rules", "Principles", "Standards", "Schedule", "Exhibit");
    /** A parenthesis that names a group: "(collectively, the “Plans”)", "(each, a “Plan”)". */
    private static final Pattern GROUPING = Pattern.compile("(?i)\\(\\s*(?:and\\s+)?(?:collectively|together|jointly|each)\\b");

    @Override
    public List<Finding> review(Rule rule, ReviewContext context) {
        ContractDocument doc = context.document();
        String text = doc.text();
        BitSet skip = DraftingText.definitionMask(doc);
        skip.or(DraftingText.headingMask(doc));
        Map<String, DefinedTerm> byName = new HashMap<>();
        for (DefinedTerm t : doc.terms()) byName.put(t.name(), t);
        Set<String> parties = new HashSet<>(doc.parties().vendorNames());
        parties.addAll(doc.parties().customerNames());

        Map<String, Boolean> used = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (DefinedTerm term : doc.terms()) {
            if (isUsed(term, text, skip, byName, used)) continue;
            if (parties.contains(term.name()) || DraftingText.allCaps(term.name()) || documentName(term.name())) continue;
            if (hasUsedSibling(term, doc, byName, skip, used)) continue;
            out.add(context.finding(rule, term.definition(),
                    DraftingText.quote(term.name()) + " is defined but never used", List.of(), List.of()));
        }
        return out;
    }

    /** "(the “USA Terms”)", "(“Supported Regions Policy”)": a label for another document, not a term. */
    private static boolean documentName(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return name.contains(" ") && DOCUMENT_WORDS.contains(last);
    }

    private static boolean isUsed(DefinedTerm term, String text, BitSet skip, Map<String, DefinedTerm> byName,
                                  Map<String, Boolean> cache) {
        Boolean known = cache.get(term.name());
        if (known != null) return known;
        boolean used = !term.uses().isEmpty() && term.uses().stream().anyMatch(u -> !skip.get(u.start()));
        if (!used) {
            // the extractor gives an occurrence of "Term" to "Terms" when both are defined: count again
            for (String form : DraftingText.numberForms(term.name())) {
                if (!form.equals(term.name()) && byName.containsKey(form)) continue;
                if (occursOutside(text, form, skip)) {
                    used = true;
                    break;
                }
            }
        }
        cache.put(term.name(), used);
        return used;
    }

    private static boolean occursOutside(String text, String name, BitSet skip) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!DraftingText.wholeWord(text, at, end)) continue;
            int skipped = skip.nextSetBit(at);
            if (skipped < 0 || skipped >= end) return true; // no part of it is a definition or heading
        }
        return false;
    }

    /** Whether the term was introduced with a pronoun or a used sibling, in one parenthesis or one grouping sentence. */
    private static boolean hasUsedSibling(DefinedTerm term, ContractDocument doc, Map<String, DefinedTerm> byName,
                                          BitSet skip, Map<String, Boolean> used) {
        String text = doc.text();
        Span sentence = term.sentence();
        String st = text.substring(sentence.start(), sentence.end());
        int at = term.definition().start() - sentence.start();
        int open = st.lastIndexOf('(', at);
        int close = st.indexOf(')', at);
        boolean inParen = open >= 0 && close > at && st.lastIndexOf(')', at) < open;
        String scope = inParen ? st.substring(open + 1, close) : st;
        boolean grouping = GROUPING.matcher(st).find();
        if (!inParen && !grouping) return false;
        if (inParen && !grouping) {
            // only the parenthesis counts as the group: (“Acme”, “we”, “us”)
            return siblingUsed(scope, term, byName, text, skip, used);
        }
        return siblingUsed(inParen ? scope : st, term, byName, text, skip, used)
                || siblingUsed(st, term, byName, text, skip, used);
    }

    private static boolean siblingUsed(String scope, DefinedTerm term, Map<String, DefinedTerm> byName, String text,
                                       BitSet skip, Map<String, Boolean> used) {
        Matcher q = QUOTED.matcher(scope);
        while (q.find()) {
            String name = q.group(1).strip();
            if (name.equals(term.name())) continue;
            if (DraftingText.PRONOUNS.contains(DraftingText.lower(name))) return true;
            DefinedTerm other = byName.get(name);
            if (other != null && isUsed(other, text, skip, byName, used)) return true;
        }
        return false;
    }
}
