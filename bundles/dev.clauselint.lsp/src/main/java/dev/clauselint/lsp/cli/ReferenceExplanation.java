package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.reference.CategoryFacts;
import dev.clauselint.core.reference.ReferenceSentences;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.lsp.ReferenceData;

import java.io.PrintStream;
import java.util.List;

/** The part of {@code clauselint explain ID} that says how common the rule's finding is in the shipped reference set. */
final class ReferenceExplanation {
    private ReferenceExplanation() {
    }

    /** Prints nothing when the set was built from the other side or without this rule. */
    static void print(String ruleId, Perspective perspective, PrintStream out) {
        ReferenceSet set = ReferenceData.shipped();
        if (set == null || set.perspective() != perspective) return;
        String sentence = ReferenceSentences.forRule(set, ruleId);
        if (sentence == null) return;
        CategoryFacts c = set.category(ruleId);
        out.println();
        out.println("How common (" + set.documents().size() + " " + set.label() + ", snapshot " + set.snapshot() + "):");
        out.println("  " + sentence);
        names(c.isMissingProvision() ? "Lacking it" : "Flagged", c.flagged(), out);
        names(c.isMissingProvision() ? "Offering it" : "Not flagged", c.notFlagged(), out);
        if (c.protection() != null) names("Offering the protection (" + c.protection() + ")", c.offeringProtection(), out);
    }

    private static void names(String label, List<String> names, PrintStream out) {
        out.println("  " + label + ": " + (names.isEmpty() ? "none" : String.join(", ", names)));
    }
}
