package dev.clauselint.core.reference;

import java.util.List;

/**
 * How the contracts of a reference set stand on one catalog category.
 *
 * @param id                 the rule id (catalog category)
 * @param flagged            names of the documents with at least one finding of it
 * @param notFlagged         names of the documents with none
 * @param protection         for a risky clause, the {@code missing.*} rule of the protection answering it, else null
 * @param offeringProtection names of the documents where that {@code missing.*} rule is not reported
 */
public record CategoryFacts(String id, List<String> flagged, List<String> notFlagged, String protection,
                            List<String> offeringProtection) {

    public CategoryFacts {
        flagged = List.copyOf(flagged);
        notFlagged = List.copyOf(notFlagged);
        offeringProtection = List.copyOf(offeringProtection);
    }

    /** Whether the category is a missing provision: then being flagged means lacking the protection. */
    public boolean isMissingProvision() {
        return id.startsWith("missing.");
    }
}
