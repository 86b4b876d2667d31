package dev.clauselint.core.reference;

/**
 * One sentence that puts a finding in context: how many contracts of a reference set share it.
 * Hover and {@code clauselint explain} show the same words.
 */
public final class ReferenceSentences {
    private ReferenceSentences() {
    }

    /**
     * E.g. "9 of 12 reviewed AI vendor terms contain a similar clause; 3 commit to the opposite."
     * Null when the set has no facts for the rule.
     */
    public static String forRule(ReferenceSet set, String ruleId) {
        CategoryFacts c = set.category(ruleId);
        if (c == null || set.documents().isEmpty()) return null;
        String of = " of " + set.documents().size() + " reviewed " + set.label() + " ";
        int flagged = c.flagged().size();
        if (c.isMissingProvision()) {
            int offering = c.notFlagged().size();
            return offering + of + verb(offering, "offers", "offer") + " this protection; "
                    + flagged + " " + verb(flagged, "does", "do") + " not.";
        }
        if (ruleId.startsWith("draft.")) {
            return flagged + of + verb(flagged, "has", "have") + " the same drafting issue.";
        }
        String sentence = flagged + of + verb(flagged, "contains", "contain") + " a similar clause";
        if (c.protection() != null) {
            int opposite = c.offeringProtection().size();
            sentence += "; " + opposite + " " + verb(opposite, "commits", "commit") + " to the opposite";
        }
        return sentence + ".";
    }

    /** "1 of 12 ... contains" but "9 of 12 ... contain": the verb agrees with the count. */
    private static String verb(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
