package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version pairs written for these tests (test resources), with what each must report. */
class OwnVersionPairsTest {

    static Path root() {
        try {
            return Path.of(OwnVersionPairsTest.class.getResource("/dev/clauselint/core/compare").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static VersionComparison compare(String name) {
        return new VersionPairs(root().resolve(name)).compare();
    }

    @TestFactory
    Stream<DynamicTest> eachPairGetsTheVerdictOfItsNote() {
        return VersionPairs.under(root()).stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> DevVersionPairsTest.check(p)));
    }

    private static CategoryChange change(VersionComparison c, String code) {
        Optional<CategoryChange> found = c.changes().stream().filter(x -> x.code().equals(code)).findFirst();
        assertTrue(found.isPresent(), code + " not among " + DevVersionPairsTest.describe(c));
        return found.get();
    }

    @Test
    void aRightToTrainIsAnAddedRisk() {
        VersionComparison c = compare("training-switched");
        CategoryChange training = change(c, "data.training-on-inputs");
        assertEquals(ChangeKind.ADDED, training.kind());
        assertEquals(RiskDirection.UP, training.risk());
        assertNull(training.severityBefore());
        assertEquals(Severity.HIGH, training.severityAfter());
        assertTrue(training.after().contains("train"), training.after());
        assertEquals("1 Customer Data", training.sectionAfter());
        // the promise not to train was a protection: its absence is reported, and raises the risk
        CategoryChange promise = change(c, "missing.no-training-commitment");
        assertEquals(ChangeKind.ADDED, promise.kind());
        assertEquals(RiskDirection.UP, promise.risk());
        assertTrue(c.after().score().score() > c.before().score().score());
        assertTrue(c.riskierAtLeast(Severity.HIGH));
    }

    @Test
    void aLowerCapUnderARenamedHeadingIsAnAddedRisk() {
        VersionComparison c = compare("cap-lowered");
        CategoryChange cap = change(c, "liability.low-cap");
        assertEquals(ChangeKind.ADDED, cap.kind());
        assertEquals(RiskDirection.UP, cap.risk());
        assertEquals("7 Limits on our liability", cap.sectionAfter());
        assertEquals(1, c.edits().size(), "one rewritten provision, matched across the renamed heading: " + c.edits());
        assertEquals("7 Limitation of Liability", c.edits().get(0).headingBefore());
    }

    @Test
    void aDroppedIndemnityLowersTheRisk() {
        VersionComparison c = compare("indemnity-dropped");
        CategoryChange indemnity = change(c, "liability.one-way-indemnity");
        assertEquals(ChangeKind.REMOVED, indemnity.kind());
        assertEquals(RiskDirection.DOWN, indemnity.risk());
        assertEquals(Severity.HIGH, indemnity.severityBefore());
        assertNull(indemnity.severityAfter());
        assertNull(indemnity.after());
        assertEquals("5 Indemnification", indemnity.sectionBefore());
        assertFalse(c.riskierAtLeast(Severity.NOTE));
        assertTrue(c.after().score().score() < c.before().score().score());
    }

    @Test
    void aSentenceDroppedBesideAFlaggedClauseNamesItsCategory() {
        VersionComparison c = compare("opt-out-dropped");
        CategoryChange arbitration = change(c, "dispute.mandatory-arbitration");
        assertEquals(ChangeKind.REWORDED, arbitration.kind());
        assertEquals(RiskDirection.NEUTRAL, arbitration.risk(), "no rule flags the opt-out: a reader weighs it");
        assertTrue(arbitration.before().contains("opt out"), arbitration.before());
        assertNull(arbitration.after());
        assertEquals("9 Resolving Disputes", arbitration.sectionBefore());
        // "change your mind" is not about changing the service
        assertTrue(c.changes().stream().noneMatch(x -> x.code().startsWith("change.")), DevVersionPairsTest.describe(c));
    }

    @Test
    void anUnflaggedWordChangeIsStillSubstantive() {
        VersionComparison c = compare("notice-shortened");
        assertTrue(c.substantive());
        assertEquals(List.of(), c.changes());
        assertEquals(2, c.edits().get(0).wordsChanged());
    }

    @Test
    void quotesAreShortenedWithAnEllipsis() {
        String longText = "word ".repeat(100);
        String q = Quote.of(longText);
        assertTrue(q.length() <= Quote.MAX, q);
        assertTrue(q.endsWith("..."));
        assertEquals("a short clause.", Quote.of("  a   short\nclause. "));
    }
}
