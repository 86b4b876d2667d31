package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.review.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.kinds.drafting.DraftingReview.covered;
import static dev.clauselint.core.kinds.drafting.DraftingReview.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** draft.unused-definition: definitions nothing else in the contract refers to. */
class UnusedDefinitionCheckTest {
    private static final String RULE = "draft.unused-definition";

    @Test
    void flagsTheQuotedNameOfAnUnusedDefinition() {
        String text = "# Agreement\n\nProvider will host the models (the \"Platform\"). Customer will pay the fees.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals("Platform", covered(text, found.get(0).span()));
        assertTrue(found.get(0).message().contains("\u201CPlatform\u201D"), found.get(0).message());
    }

    @Test
    void aUseInTheOtherNumberCounts() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nEach paid tier (a \"Plan\") renews monthly. Plans are billed in advance."));
    }

    @Test
    void aHeadingIsNotAUse() {
        String text = "# Terms\n\nThese terms run until ended (the \"Term\").\n\n## Term and termination\n\nEither party may end them.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals("Term", covered(text, found.get(0).span()));
    }

    @Test
    void aTermIsUsedEvenWhenItsPluralIsAnotherDefinedTerm() {
        // "Term" and "Terms" are both defined; "during the Term" is a use of "Term"
        assertEquals(List.of(), findings(RULE, "# Terms\n\nThese terms of service (\"Terms\") apply. They run until ended "
                + "(the \"Term\"). During the Term you may use the Services under these Terms."));
    }

    @Test
    void partyAliasesAcronymsAndGroupMembersAreNotReported() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nAcme Corp. (\"Acme\", \"we\", \"us\") provides the Services. We may update them."));
        assertEquals(List.of(), findings(RULE, "# Terms\n\nThe California Consumer Privacy Act (\"CCPA\") may apply."));
        assertEquals(List.of(), findings(RULE, "# Terms\n\nEach subscription (each, a \"Plan\" and collectively, the \"Subscriptions\") "
                + "renews monthly. All Subscriptions are billed in advance."));
    }

    @Test
    void labelsOfOtherDocumentsAreNotReported() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nThe rules at example.com/regions (the \"Supported Regions Policy\") apply."));
    }
}
