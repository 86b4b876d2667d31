package dev.clauselint.core.compare;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Groups a review's findings by catalog category, each with its comparable text, quote and section. */
final class FlaggedClauses {
    private FlaggedClauses() {
    }

    /**
     * @param protections ids of rules that report a missing protection: their finding sits on the
     *                    title, so the message is quoted instead of the text under it
     */
    static Map<String, List<FlaggedClause>> of(Review review, Set<String> protections) {
        ContractDocument doc = review.document();
        Map<String, List<FlaggedClause>> out = new TreeMap<>();
        for (Finding f : review.findings()) {
            FlaggedClause c;
            if (protections.contains(f.ruleId())) {
                c = new FlaggedClause(f, List.of(), Quote.of(f.message()), null, -1);
            } else {
                String text = doc.text(f.plain());
                Sentence s = doc.sentenceAt(f.plain().start());
                int section = s == null ? -1 : s.section();
                c = new FlaggedClause(f, NoiseFilter.words(text), Quote.of(text),
                        section < 0 ? null : Provisions.heading(doc.sections().get(section)), section);
            }
            out.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
