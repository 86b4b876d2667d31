package dev.clauselint.core.reference;

import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.RiskScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reference sets: what the builder keeps, the sentences hover shows, and where a score ranks. */
class ReferenceSetTest {
    private static final List<String> RULES = List.of("data.training-on-inputs", "missing.no-training-commitment",
            "dispute.mandatory-arbitration", "draft.undefined-term");

    private static Review reviewed(String... ruleIds) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (String id : ruleIds) {
            findings.add(new Finding(id, Severity.MEDIUM, id, new Span(0, 1), new Span(0, 1), List.of(), List.of()));
        }
        return new Review(new ContractReader().read("Terms.", "t.txt"), findings, RiskScore.of(findings), List.of());
    }

    private static ReferenceSet sample() throws Exception {
        return new ReferenceBuilder()
                .add("acme__terms.md", reviewed("data.training-on-inputs", "missing.no-training-commitment", "draft.undefined-term"))
                .add("birch__terms.md", reviewed())
                .add("cedar__terms.md", reviewed("data.training-on-inputs", "dispute.mandatory-arbitration"))
                .build("2026-02-01", Perspective.CUSTOMER, "test terms", RULES);
    }

    @Test
    void theBuilderSortsDocumentsAndCategoriesAndPairsTheTrainingProtection() throws Exception {
        ReferenceSet set = sample();
        assertEquals(List.of("acme", "birch", "cedar"), set.documents().stream().map(ReferenceDocument::name).toList());
        assertEquals(List.of("data.training-on-inputs", "dispute.mandatory-arbitration", "draft.undefined-term",
                "missing.no-training-commitment"), set.categories().stream().map(CategoryFacts::id).toList());
        CategoryFacts training = set.category("data.training-on-inputs");
        assertEquals(List.of("acme", "cedar"), training.flagged());
        assertEquals(List.of("birch"), training.notFlagged());
        assertEquals("missing.no-training-commitment", training.protection());
        assertEquals(List.of("birch", "cedar"), training.offeringProtection());
        assertNull(set.category("dispute.mandatory-arbitration").protection());
    }

    @Test
    void aProtectionRuleThatDidNotRunIsNotCountedAsOffered() throws Exception {
        ReferenceSet set = new ReferenceBuilder().add("a.md", reviewed())
                .build("2026-02-01", Perspective.CUSTOMER, "test terms", List.of("data.training-on-inputs"));
        assertNull(set.category("data.training-on-inputs").protection());
        assertEquals(List.of(), set.category("data.training-on-inputs").offeringProtection());
    }

    @Test
    void namesAreTheVendorUnlessTwoDocumentsShareIt() throws Exception {
        ReferenceSet set = new ReferenceBuilder()
                .add("openai__commercial-terms.md", reviewed())
                .add("openai__usage-policies.md", reviewed())
                .add("old/plain.txt", reviewed())
                .add("new/plain.txt", reviewed())
                .add("legal/Zeta Agreement.html", reviewed())
                .build("2026-02-01", Perspective.CUSTOMER, "test terms", RULES);
        assertEquals(List.of("Zeta Agreement", "new/plain.txt", "old/plain.txt", "openai__commercial-terms", "openai__usage-policies"),
                set.documents().stream().map(ReferenceDocument::name).toList());
    }

    @Test
    void sentencesCountClausesProtectionsAndDraftingIssues() throws Exception {
        ReferenceSet set = sample();
        assertEquals("2 of 3 reviewed test terms contain a similar clause; 2 commit to the opposite.",
                ReferenceSentences.forRule(set, "data.training-on-inputs"));
        assertEquals("1 of 3 reviewed test terms contains a similar clause.",
                ReferenceSentences.forRule(set, "dispute.mandatory-arbitration"));
        assertEquals("2 of 3 reviewed test terms offer this protection; 1 does not.",
                ReferenceSentences.forRule(set, "missing.no-training-commitment"));
        assertEquals("1 of 3 reviewed test terms has the same drafting issue.",
                ReferenceSentences.forRule(set, "draft.undefined-term"));
        assertNull(ReferenceSentences.forRule(set, "custom.zebra"), "a rule the set was not built with");
    }

    @Test
    void aScoreRanksAgainstTheDocumentsScoringStrictlyLower() {
        ReferenceSet set = new ReferenceSet("2026-02-01", Perspective.CUSTOMER, "x", List.of(
                new ReferenceDocument("a", "a.md", 20, 'B'), new ReferenceDocument("b", "b.md", 50, 'C'),
                new ReferenceDocument("c", "c.md", 50, 'C'), new ReferenceDocument("d", "d.md", 90, 'E')), List.of());
        assertEquals("riskier than 0 of 4", set.standing(20).rank());
        assertEquals(0, set.standing(20).percentile());
        assertEquals("riskier than 3 of 4", set.standing(60).rank());
        assertEquals(75, set.standing(60).percentile());
        assertEquals(100, set.standing(99).percentile());
        assertEquals(0, new ReferenceSet("d", Perspective.CUSTOMER, "x", List.of(), List.of()).standing(50).percentile());
    }

    @Test
    void jsonEscapesNamesAndKeepsAFixedLayout() {
        ReferenceSet set = new ReferenceSet("2026-02-01", Perspective.VENDOR, "our \"signed\" deals", List.of(
                new ReferenceDocument("a\\b", "a\tb.md", 5, 'A')), List.of());
        assertEquals("""
                {
                  "format": 1,
                  "snapshot": "2026-02-01",
                  "perspective": "vendor",
                  "label": "our \\"signed\\" deals",
                  "documents": [
                    {"name": "a\\\\b", "file": "a\\tb.md", "score": 5, "grade": "A"}
                  ],
                  "categories": []
                }
                """, ReferenceJson.write(set));
    }

    @Test
    void everyPairJoinsAShippedClauseRuleToAShippedMissingProvision() {
        Set<String> shipped = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).rules().stream().map(Rule::id)
                .collect(Collectors.toSet());
        for (Map.Entry<String, String> pair : Protections.all().entrySet()) {
            assertTrue(shipped.contains(pair.getKey()), pair.getKey());
            assertTrue(shipped.contains(pair.getValue()), pair.getValue());
            assertFalse(pair.getKey().startsWith("missing.") || pair.getKey().startsWith("draft."), pair.getKey());
            assertTrue(pair.getValue().startsWith("missing."), pair.getValue());
        }
    }
}
