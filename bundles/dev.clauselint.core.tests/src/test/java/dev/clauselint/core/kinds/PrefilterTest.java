package dev.clauselint.core.kinds;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a pattern's prefilter requires of a sentence before its regex runs. */
class PrefilterTest {
    private static String of(String regex) {
        return PrefilterBuilder.of(regex).toString();
    }

    @Test
    void literalWordsAreRequired() {
        assertEquals("\"share\"", of("\\bshare\\b"));
        assertEquals("\"train\"", of("TRAIN"));
    }

    @Test
    void whitespaceSplitsAPhraseIntoWordsThatAreAllRequired() {
        assertEquals("AND[\"make\", \"available\"]", of("make\\s+available"));
    }

    @Test
    void smallClassesAndOptionalLettersGiveEachSpelling() {
        assertEquals("OR[\"authorise\", \"authorize\"]", of("authori[sz]e"));
        // "sells" needs "sell" anyway, so only the shorter spelling is searched
        assertEquals("OR[\"sell\", \"license\"]", of("\\b(?:sell|license)s?\\b"));
    }

    @Test
    void optionalPartsRequireNothing() {
        assertEquals("\"bar\"", of("(?:foo)?bar"));
        assertEquals("\"bar\"", of("(?:foo){0,2}bar"));
        assertEquals("\"bar\"", of("x*bar"));
    }

    @Test
    void aNegativeLookaroundRequiresNothingAndALookaheadRequiresItsText() {
        assertEquals("\"train\"", of("(?<!not\\s)(?!untrained)train"));
        assertEquals("AND[\"deemed\", \"accept\"]", of("^(?=[\\s\\S]*?\\bdeemed\\b)[\\s\\S]*?accept"));
    }

    @Test
    void wordsTooShortToHelpAreNotSearched() {
        assertEquals("\"may\"", of("\\bwe\\s+may\\b"));
        assertSame(Prefilter.ALL, PrefilterBuilder.of("\\b(?:we|us)\\b"));
    }

    @Test
    void alternativesAreEachEnough() {
        assertEquals("OR[AND[\"may\", \"share\"], \"disclose\"]", of("may\\s+share|disclose"));
    }

    @Test
    void repeatedPartsStillNeedOneOccurrence() {
        assertEquals("\"data\"", of("(?:data)+"));
        assertEquals("\"data\"", of("(?:data){2,3}"));
    }

    @Test
    void escapesAndQuotingAreLiterals() {
        assertEquals("\"u.s.c\"", of("U\\.S\\.C"));
        assertEquals("\"can\u2019t\"", of("can\\u2019t"));
        assertEquals("\"a+b\"", of("\\Qa+b\\E"));
    }

    @Test
    void whatItCannotReadRequiresNothing() {
        assertSame(Prefilter.ALL, PrefilterBuilder.of("(?x) share it"));
        assertSame(Prefilter.ALL, PrefilterBuilder.of("(share"));
        assertEquals("\"share\"", of("(a)\\1share"));
        assertSame(Prefilter.ALL, PrefilterBuilder.of("[^.]{0,40}"));
    }

    @Test
    void theMacrosKeepTheirDistinctiveWords() {
        Prefilter p = ClausePattern.compile("{vendor}{gap}{may}{gap}\\b(?:sell|rent)\\b").prefilter();
        assertTrue(p.admits(Prefilter.Atoms.of("We may sell your data.")));
        assertFalse(p.admits(Prefilter.Atoms.of("We may keep your data.")));
        assertFalse(p.admits(Prefilter.Atoms.of("We sell hardware.")), "no modal verb: the {may} macro cannot match");
    }

    @Test
    void theScannerFindsOverlappingAtomsInAnyCase() {
        ClausePattern sub = ClausePattern.compile("\\bsublicense\\b");
        ClausePattern lic = ClausePattern.compile("license\\s+fees");
        ClausePattern quote = ClausePattern.compile("can\u2019t\\s+assign");
        AtomScanner scanner = AtomScanner.of(List.of(sub, lic, quote));
        Prefilter.Atoms atoms = scanner.scan("We may SUBLICENSE it without fees; you CAN\u2019T assign.");
        assertTrue(sub.prefilter().admits(atoms));
        assertTrue(lic.prefilter().admits(atoms));
        assertTrue(quote.prefilter().admits(atoms));
        Prefilter.Atoms none = scanner.scan("We may license it.");
        assertFalse(sub.prefilter().admits(none));
        assertFalse(lic.prefilter().admits(none), "\"fees\" is missing");
    }

    @Test
    void aMatchCanOnlyUseWordsThatLieAheadOfItsStart() {
        ClausePattern sell = ClausePattern.compile("{vendor}{gap}\\bsell\\b");
        AtomScanner scanner = AtomScanner.of(List.of(sell));
        ScannedText text = scanner.scan("We sell data; later we keep it.");
        assertTrue(sell.prefilter().admits(text.from(0)));
        assertFalse(sell.prefilter().admits(text.from(14)), "no \"sell\" after the second \"we\"");
        assertTrue(sell.find(text, text.text()));
        assertFalse(sell.find(scanner.scan("We keep data; sell is not ours."), "We keep data; sell is not ours."));
    }

    @Test
    void lookbehindsRequireNothingSinceTheirTextMayPrecedeTheMatch() {
        assertEquals("\"law\"", of("(?<=governing\\s)law"));
    }

    @Test
    void aPatternTheScannerWasNotBuiltForIsAnsweredBySearching() {
        AtomScanner scanner = AtomScanner.of(List.of(ClausePattern.compile("\\bsublicense\\b")));
        Prefilter other = ClausePattern.compile("\\barbitration\\b").prefilter();
        assertTrue(other.admits(scanner.scan("Binding ARBITRATION applies.")));
        assertFalse(other.admits(scanner.scan("Courts of Delaware.")));
    }
}
