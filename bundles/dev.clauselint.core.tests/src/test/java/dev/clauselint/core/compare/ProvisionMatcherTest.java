package dev.clauselint.core.compare;

import dev.clauselint.core.read.TestDocs;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvisionMatcherTest {
    private static final String OLD = """
            # Terms

            ## 1. Fees

            You pay the fees stated in the order form within thirty days of each invoice.

            ## 2. Confidentiality

            Each party protects the other party's confidential information with reasonable care.

            ## 3. Limitation of Liability

            Each party's liability is limited to three times the annual fees.

            ## 4. Notices

            Notices are given in writing to the addresses in the order form.
            """;

    /** Old heading to new heading, for the provisions that have both. */
    private static Map<String, String> pairs(String oldText, String newText) {
        List<ProvisionMatch> matches = ProvisionMatcher.match(Provisions.of(TestDocs.md(oldText)), Provisions.of(TestDocs.md(newText)));
        Map<String, String> out = new HashMap<>();
        for (ProvisionMatch m : matches) {
            out.put(m.before() == null ? "(new) " + m.after().heading() : m.before().heading(),
                    m.after() == null ? null : m.after().heading());
        }
        return out;
    }

    @Test
    void renumberedReorderedAndRetitledSectionsMatchByText() {
        String now = """
                # Terms

                ## 1. Keeping secrets

                Each party protects the other party's confidential information with reasonable care.

                ## 2. Notices

                Notices are given in writing to the addresses in the order form.

                ## 3. Payment

                You pay the fees stated in the order form within thirty days of each invoice.

                ## 4. Limitation of Liability

                Each party's liability is limited to three times the annual fees.
                """;
        Map<String, String> p = pairs(OLD, now);
        assertEquals("3 Payment", p.get("1 Fees"));
        assertEquals("1 Keeping secrets", p.get("2 Confidentiality"));
        assertEquals("4 Limitation of Liability", p.get("3 Limitation of Liability"));
        assertEquals("2 Notices", p.get("4 Notices"));
    }

    @Test
    void aRewrittenSectionMatchesByTitleOrByPlace() {
        String now = OLD.replace("Each party's liability is limited to three times the annual fees.",
                        "Our liability will not exceed one hundred dollars.")
                .replace("4. Notices\n\nNotices are given in writing to the addresses in the order form.",
                        "4. Notices\n\nWe send notices by email to the account owner.")
                .replace("## 3. Limitation of Liability", "## 3. Limits on what we owe");
        Map<String, String> p = pairs(OLD, now);
        assertEquals("3 Limits on what we owe", p.get("3 Limitation of Liability"), "the lone rewritten section between matched neighbours");
        assertEquals("4 Notices", p.get("4 Notices"), "a rewritten section that kept its title");
    }

    @Test
    void aNewSectionHasNoPartner() {
        String now = OLD + "\n## 5. Export Control\n\nYou comply with export laws when using the service.\n";
        Map<String, String> p = pairs(OLD, now);
        assertTrue(p.containsKey("(new) 5 Export Control"));
        assertEquals("4 Notices", p.get("4 Notices"));
        assertEquals(1, p.keySet().stream().filter(k -> k.startsWith("(new)")).count(), p.toString());
    }

    @Test
    void aRemovedSectionHasNoPartner() {
        String now = OLD.replace("## 2. Confidentiality\n\nEach party protects the other party's confidential information with reasonable care.\n", "");
        assertNull(pairs(OLD, now).get("2 Confidentiality"));
    }

    @Test
    void onlyMovedSentencesAreNotEdits() {
        String now = OLD.replace("Each party protects the other party's confidential information with reasonable care.", "")
                .replace("Notices are given in writing to the addresses in the order form.",
                        "Notices are given in writing to the addresses in the order form. Each party protects the other party's confidential information with reasonable care.");
        List<ProvisionEdit> edits = TextDelta.edits(ProvisionMatcher.match(Provisions.of(TestDocs.md(OLD)), Provisions.of(TestDocs.md(now))));
        assertEquals(List.of(), edits);
    }
}
