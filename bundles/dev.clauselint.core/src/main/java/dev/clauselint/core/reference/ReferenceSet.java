package dev.clauselint.core.reference;

import dev.clauselint.core.playbook.Perspective;

import java.util.List;

/**
 * What a set of reviewed contracts says about each catalog category: which contracts contain a
 * finding of it, which do not, and which offer the answering protection. Facts only, so a user
 * can compare one contract against what others signed or published (issue 6). The shipped set
 * covers the dev corpus of AI vendor terms; {@code clauselint reference build} makes new ones.
 *
 * @param snapshot    the date the set was built, YYYY-MM-DD
 * @param perspective whose side the reviews took; a set only speaks to reviews from the same side
 * @param label       what the documents are, plural, for sentences ("AI vendor terms")
 * @param documents   sorted by name
 * @param categories  sorted by rule id
 */
public record ReferenceSet(String snapshot, Perspective perspective, String label, List<ReferenceDocument> documents,
                           List<CategoryFacts> categories) {

    /** The label when none is given. */
    public static final String DEFAULT_LABEL = "contracts";

    public ReferenceSet {
        documents = List.copyOf(documents);
        categories = List.copyOf(categories);
    }

    /** The facts of a rule id, or null when the set was built without that rule. */
    public CategoryFacts category(String ruleId) {
        for (CategoryFacts c : categories) if (c.id().equals(ruleId)) return c;
        return null;
    }

    /** Where a score sits: how many documents of the set score lower (are less risky). */
    public Standing standing(int score) {
        int lower = 0;
        for (ReferenceDocument d : documents) if (d.score() < score) lower++;
        return new Standing(documents.size(), lower);
    }

    /**
     * A contract's risk score against a reference set.
     *
     * @param documents   documents in the set
     * @param riskierThan how many of them score lower
     */
    public record Standing(int documents, int riskierThan) {
        /** The share of the set scoring lower, 0-100 (0 for an empty set). */
        public int percentile() {
            return documents == 0 ? 0 : (int) Math.round(100.0 * riskierThan / documents);
        }

        /** "riskier than 7 of 12". */
        public String rank() {
            return "riskier than " + riskierThan + " of " + documents;
        }
    }
}
