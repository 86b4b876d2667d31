package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.review.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.kinds.drafting.DraftingReview.covered;
import static dev.clauselint.core.kinds.drafting.DraftingReview.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** draft.duplicate-definition: one term, two definitions. */
class DuplicateDefinitionCheckTest {
    private static final String RULE = "draft.duplicate-definition";

    @Test
    void flagsTheSecondDefinitionAndPointsAtTheFirst() {
        String text = "# Terms\n\n\"Customer Data\" means data Customer uploads. Provider protects Customer Data.\n\n"
                + "## Security\n\n\"Customer Data\" means all data processed for Customer, including logs.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(text.lastIndexOf("Customer Data\" means"), f.span().start());
        assertEquals("Customer Data", covered(text, f.span()));
        assertEquals(List.of(text.indexOf("Customer Data")), f.related().stream().map(s -> s.start()).toList());
        assertTrue(f.message().contains("\u201CCustomer Data\u201D"), f.message());
    }

    @Test
    void oneFindingEvenForThreeDefinitions() {
        String text = "# Terms\n\nYour files (\"Inputs\") are yours. Your prompts (\"Inputs\") too. Anything pasted (\"Inputs\") as well.";
        assertEquals(1, findings(RULE, text).size());
    }

    @Test
    void twoNamesInOneSentenceAreOneDefinition() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nThese terms (\"Terms\" or \"Agreement\") apply. You accept the Terms."));
    }

    @Test
    void aVerbatimRepeatIsNotReported() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nThe entity is Acme Cloud Ltd. (\"Acme Cloud\"), a company organized under "
                + "the laws of Ireland.\n\nAcme Cloud Ltd. (\"Acme Cloud\"), a company organized under the laws of Ireland.\n\n"
                + "Acme Cloud provides the Services."));
    }
}
