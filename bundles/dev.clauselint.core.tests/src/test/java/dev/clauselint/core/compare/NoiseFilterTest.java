package dev.clauselint.core.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseFilterTest {

    @Test
    void caseSpacingAndPunctuationAreNoise() {
        assertEquals(NoiseFilter.key("We will NOT   use your data, ever."), NoiseFilter.key("we will not use your data ever"));
    }

    @Test
    void addressesAndTrackingParametersAreNoise() {
        assertEquals(NoiseFilter.key("Read https://a.example/terms?utm_source=mail&utm_medium=x first."),
                NoiseFilter.key("Read https://b.example/legal/terms first."));
        assertEquals(NoiseFilter.key("Write to legal@acme.example today."), NoiseFilter.key("Write to help@acme.example today."));
    }

    @Test
    void enumeratorsAndReferenceNumbersAreNoise() {
        assertEquals(NoiseFilter.key("10.4 You may not assign these terms."), NoiseFilter.key("10.5 You may not assign these terms."));
        assertEquals(NoiseFilter.key("(b) Fees are due monthly."), NoiseFilter.key("3. Fees are due monthly."));
        assertEquals(NoiseFilter.key("as set out in Section 6(f)(2) below"), NoiseFilter.key("as set out in Section 7(a) below"));
    }

    @Test
    void wordsThatCarryMeaningStay() {
        assertNotEquals(NoiseFilter.key("We will use your data."), NoiseFilter.key("We will not use your data."));
        assertNotEquals(NoiseFilter.key("within 30 days"), NoiseFilter.key("within 90 days"));
    }

    @Test
    void versionStampsAreRecognised() {
        assertTrue(VersionStamp.is(NoiseFilter.words("Last updated: March 3, 2026")));
        assertTrue(VersionStamp.is(NoiseFilter.words("Effective: February 15, 2024 (previous versions)")));
        assertTrue(VersionStamp.is(NoiseFilter.words("Version: October 28, 2025 (Latest)")));
        assertFalse(VersionStamp.is(NoiseFilter.words("These terms are effective when you accept them by signing an order form.")));
        assertFalse(VersionStamp.is(NoiseFilter.words("We may update these terms.")));
        String copyright = "© 2026 Harbor Labs, Inc. All rights reserved.";
        assertTrue(VersionStamp.is(copyright, NoiseFilter.words(copyright)));
        String clause = "Copyright in the Outputs belongs to you.";
        assertFalse(VersionStamp.is(clause, NoiseFilter.words(clause)));
        String dated = "Copyright 2024 Quill Inc.";
        assertTrue(VersionStamp.is(dated, NoiseFilter.words(dated)));
    }

    @Test
    void spellingFixesAreNotChangedWords() {
        assertEquals(0, WordDiff.changedWords(NoiseFilter.words("the licence ends"), NoiseFilter.words("the license ends")));
        assertEquals(0, WordDiff.changedWords(NoiseFilter.words("the specific service"), NoiseFilter.words("the sepcific service")));
        assertEquals(1, WordDiff.changedWords(NoiseFilter.words("we will use it"), NoiseFilter.words("we will not use it")));
        assertEquals(2, WordDiff.changedWords(NoiseFilter.words("within 30 days"), NoiseFilter.words("within 90 days")));
    }
}
