package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.review.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.kinds.drafting.DraftingReview.covered;
import static dev.clauselint.core.kinds.drafting.DraftingReview.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** draft.undefined-term: capitalised terms used like defined terms that the contract never defines. */
class UndefinedTermCheckTest {
    private static final String RULE = "draft.undefined-term";

    @Test
    void flagsTheFirstUseOfATermUsedTwiceAndNeverDefined() {
        String text = "# Terms\n\nYou own the Outputs you create. We may review any Outputs for safety.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(text.indexOf("Outputs"), f.span().start());
        assertEquals("Outputs", covered(text, f.span()));
        assertTrue(f.message().contains("\u201COutputs\u201D"), f.message());
        assertEquals(1, f.related().size());
        assertEquals(text.lastIndexOf("Outputs"), f.related().get(0).start());
    }

    @Test
    void oneUseIsNotEnough() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nWe may review the Outputs for safety."));
    }

    @Test
    void definedTermsInEitherNumberAreSilent() {
        assertEquals(List.of(), findings(RULE,
                "# Terms\n\nThe text the model returns (\"Output\") is yours. We may review the Outputs and any Outputs you share."));
        assertEquals(List.of(), findings(RULE,
                "# Terms\n\n\u201COutputs\u201D means generated content. We may review the Outputs and any Outputs you share."));
    }

    @Test
    void termsDefinedWithoutQuotesAreSilent() {
        assertEquals(List.of(), findings(RULE,
                "# Terms\n\nOutputs means the content generated for you. We may review the Outputs and any Outputs you share."));
    }

    @Test
    void onlyUsesAfterADeterminerCount() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nOutputs are yours. Outputs may be reviewed. Outputs expire."));
    }

    @Test
    void allCapsSentencesAreIgnored() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nTHE OUTPUTS ARE PROVIDED AS IS. WE DO NOT WARRANT THE OUTPUTS."));
    }

    @Test
    void documentsLawsAndPlacesAreNames() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nOur Privacy Policy applies; read the Privacy Policy. "
                + "The laws of the United States apply, and the courts of the United States decide. "
                + "Claims under the Copyright Act and the Copyright Act's safe harbour are excluded."));
    }

    @Test
    void partyNamesAndNamesStartingWithThemAreSilent() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nAcme Corp. (\"Acme\", \"we\") offers the Acme Console. "
                + "Acme may change the Acme Console at any time."));
    }

    @Test
    void aCatchAllDefinitionClauseMovesDefinitionsElsewhere() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nCapitalized terms not defined in these terms have the meanings "
                + "given in the Order Form. You own the Outputs. We may review any Outputs."));
    }

    @Test
    void oneFindingPerTerm() {
        String text = "# Terms\n\nYou own the Submissions. We store the Submissions. Our staff may read the Submissions.";
        assertEquals(1, findings(RULE, text).size());
    }
}
