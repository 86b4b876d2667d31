package dev.clauselint.core.compare;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every version pair of the shared dev corpus ({@code corpus/versions}) gets the verdict its
 * note states, and every substantive pair names at least one changed category. (Other pairs run through
 * {@link #check}, which only asks for a category when the playbook flags a provision that changed.)
 */
class DevVersionPairsTest {
    /**
     * What the pairs whose changed provisions need careful reading must name (see docs/compare.md): a new licence
     * to other users over shared images, which joins the promotion licence the same provision already gave the
     * vendor; and data used for training only where the user allows it, a no-training commitment of the opt-in kind.
     */
    private static final Map<String, String> NAMED = Map.of(
            "openai-2025-11-01", "reworded ip.input-license-grant",
            "github-2024-12-19", "removed missing.no-training-commitment");

    private static final Path VERSIONS = Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus", "versions");

    @TestFactory
    Stream<DynamicTest> eachPairGetsTheVerdictOfItsNote() {
        Assumptions.assumeTrue(Files.isDirectory(VERSIONS), "no dev corpus at " + VERSIONS);
        List<VersionPairs> pairs = VersionPairs.under(VERSIONS);
        assertFalse(pairs.isEmpty(), "no version pairs under " + VERSIONS);
        return pairs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> checkNamed(p)));
    }

    /** {@link #check}, and a substantive dev pair must name a category (the one in {@link #NAMED} when listed). */
    static void checkNamed(VersionPairs pair) {
        check(pair);
        if (!pair.expectedSubstantive()) return;
        VersionComparison c = pair.compare();
        assertFalse(c.changes().isEmpty(), pair.name() + ": a substantive pair must name the category that changed: " + describe(c));
        String expected = NAMED.get(pair.name());
        if (expected != null) {
            assertTrue(c.changes().stream().anyMatch(x -> (x.kind().id() + " " + x.code()).equals(expected)),
                    pair.name() + ": expected " + expected + ", got " + describe(c));
        }
    }

    static void check(VersionPairs pair) {
        VersionComparison c = pair.compare();
        boolean expected = pair.expectedSubstantive();
        assertEquals(expected, c.substantive(), pair.name() + ": " + describe(c));
        if (!expected) {
            assertEquals(List.of(), c.changes(), pair.name() + ": noise must name no category");
            assertEquals(List.of(), c.edits(), pair.name() + ": noise must leave no edited provision");
            assertEquals(c.before().score().score(), c.after().score().score(), pair.name());
            return;
        }
        assertFalse(c.edits().isEmpty() && c.changes().isEmpty(), pair.name());
        if (c.changes().isEmpty()) {
            // the playbook must then have nothing to say about any provision that changed
            Set<Integer> oldFlagged = flaggedSections(c.before());
            Set<Integer> newFlagged = flaggedSections(c.after());
            for (ProvisionEdit e : c.edits()) {
                assertFalse(e.before() != null && oldFlagged.contains(e.before().section())
                                || e.after() != null && newFlagged.contains(e.after().section()),
                        pair.name() + ": provision '" + e.headingAfter() + "' changed and holds a flagged clause, yet no category was named");
            }
        }
    }

    private static Set<Integer> flaggedSections(dev.clauselint.core.review.Review r) {
        return r.findings().stream().filter(f -> !f.ruleId().startsWith("missing."))
                .map(f -> r.document().sentenceAt(f.plain().start()))
                .filter(s -> s != null).map(s -> s.section()).collect(Collectors.toSet());
    }

    static String describe(VersionComparison c) {
        return "changes " + c.changes().stream().map(x -> x.kind().id() + " " + x.code()).toList()
                + ", edits " + c.edits().stream().map(e -> e.headingAfter() + " (" + e.wordsChanged() + " words)").toList();
    }

    @Test
    void summaryOverTheDevPairs() {
        Assumptions.assumeTrue(Files.isDirectory(VERSIONS));
        int right = 0;
        int named = 0;
        int substantive = 0;
        List<VersionPairs> pairs = VersionPairs.under(VERSIONS);
        for (VersionPairs p : pairs) {
            VersionComparison c = p.compare();
            if (c.substantive() == p.expectedSubstantive()) right++;
            if (p.expectedSubstantive()) {
                substantive++;
                if (!c.changes().isEmpty()) named++;
            }
        }
        System.out.printf("version pairs: %d of %d verdicts right; %d of %d substantive pairs name a category%n",
                right, pairs.size(), named, substantive);
        assertTrue(right == pairs.size());
        assertEquals(substantive, named, "every substantive dev pair names a category");
    }
}
