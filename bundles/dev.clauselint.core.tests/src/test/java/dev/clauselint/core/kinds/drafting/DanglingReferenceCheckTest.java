package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.review.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.kinds.drafting.DraftingReview.covered;
import static dev.clauselint.core.kinds.drafting.DraftingReview.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** draft.dangling-reference: cross-references to parts the contract does not contain. */
class DanglingReferenceCheckTest {
    private static final String RULE = "draft.dangling-reference";
    private static final String BODY = "# Agreement\n\n## 1. Services\n\n1.1 Access. We provide the Services.\n\n"
            + "1.2 Support. We answer tickets.\n\n## 2. Fees\n\nYou pay the fees.\n\n## 3. Liability\n\n";

    @Test
    void flagsAMissingSection() {
        String text = BODY + "Except as stated in Section 13, our liability is limited.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals("Section 13", covered(text, found.get(0).span()));
        assertTrue(found.get(0).message().contains("Section 13"), found.get(0).message());
    }

    @Test
    void existingSectionsAndTheirParentsAreFine() {
        assertEquals(List.of(), findings(RULE, BODY + "Sections 1, 1.2 and 2 survive; see clause 1.1 and Section 3."));
    }

    @Test
    void flagsOnlyTheMissingMemberOfAList() {
        String text = BODY + "Sections 1.2 and 2.4 survive termination.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals("2.4", covered(text, found.get(0).span()));
    }

    @Test
    void repeatedReferencesGiveOneFinding() {
        String text = BODY + "Section 9 applies. Nothing limits Section 9.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).related().size());
    }

    @Test
    void referencesToLawsAndOtherDocumentsAreIgnored() {
        assertEquals(List.of(), findings(RULE, BODY + "Nothing limits Section 230 of the Communications Decency Act, "
                + "California Civil Code Section 1542, Section 7 of our Privacy Policy or Clause 9 of the SCCs."));
    }

    @Test
    void withoutNumberedSectionsNothingIsReported() {
        assertEquals(List.of(), findings(RULE, "# Terms\n\nWe provide the Services. The fees are listed in Section 4."));
    }

    @Test
    void attachmentsMustExist() {
        String missing = BODY + "You pay the fees in Schedule B.";
        List<Finding> found = findings(RULE, missing);
        assertEquals(1, found.size());
        assertEquals("Schedule B", covered(missing, found.get(0).span()));
        assertEquals(List.of(), findings(RULE, BODY + "You pay the fees in Schedule B.\n\n## Schedule B Fees\n\nTen dollars."));
    }

    @Test
    void lettersNumberSectionsWhenTheDocumentUsesThem() {
        String text = "# Terms\n\n## A. Services\n\nA.1 Access. We provide them.\n\n## B. Fees\n\nB.1 Payment. You pay.\n\n"
                + "## C. Liability\n\nSubject to Section B.1 and Section D.2, liability is limited.";
        List<Finding> found = findings(RULE, text);
        assertEquals(1, found.size());
        assertEquals("Section D.2", covered(text, found.get(0).span()));
    }
}
