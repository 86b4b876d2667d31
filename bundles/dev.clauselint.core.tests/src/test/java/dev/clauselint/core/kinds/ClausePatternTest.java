package dev.clauselint.core.kinds;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The macros give patterns actor, modality and negation awareness within one clause. */
class ClausePatternTest {
    private static final ContractReader READER = new ContractReader();

    private static ContractDocument doc(String text) throws Exception {
        return READER.read(text, "t.md");
    }

    @Test
    void gapsDoNotCrossANegation() throws Exception {
        ContractDocument d = doc("We do not use your data to train models.");
        ClausePattern p = ClausePattern.compile("{vendor}{gap}\\buse\\b{gap}\\btrain", d.parties());
        assertFalse(p.find(d.text()));
        assertTrue(p.find("We also use your data to train models."));
    }

    @Test
    void gapsStopAtTheEndOfAClause() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{gap}\\bshare\\b", d.parties());
        assertFalse(p.find("We keep logs; third parties share nothing."));
        assertTrue(p.find("We keep logs and share them."));
    }

    @Test
    void gapLengthIsBounded() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{gap10}\\bshare\\b", d.parties());
        assertTrue(p.find("We will share it."));
        assertFalse(p.find("We will, under various conditions described elsewhere, share it."));
    }

    @Test
    void anyGapAllowsNegations() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{any}\\btrain", d.parties());
        assertTrue(p.find("We will not train on it."));
    }
}
