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
        ClausePattern p = ClausePattern.compile("{vendor}{gap}\\buse\\b{gap}\\btrain");
        assertFalse(p.find(d.text()));
        assertTrue(p.find("We also use your data to train models."));
    }

    @Test
    void gapsStopAtTheEndOfAClause() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{gap}\\bshare\\b");
        assertFalse(p.find("We keep logs; third parties share nothing."));
        assertTrue(p.find("We keep logs and share them."));
    }

    @Test
    void gapLengthIsBounded() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{gap10}\\bshare\\b");
        assertTrue(p.find("We will share it."));
        assertFalse(p.find("We will, under various conditions described elsewhere, share it."));
    }

    @Test
    void anyGapAllowsNegations() throws Exception {
        ContractDocument d = doc("x");
        ClausePattern p = ClausePattern.compile("{vendor}{any}\\btrain");
        assertTrue(p.find("We will not train on it."));
    }

    /**
     * The fast path (word starts, literal prefixes) must agree with a plain regex search on every
     * shipped pattern, over every example and the sentences of the dev corpus.
     */
    @Test
    void fastMatchingAgreesWithPlainRegexSearch() throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.List<dev.clauselint.core.playbook.Rule> rules = new java.util.ArrayList<>();
        for (var perspective : dev.clauselint.core.playbook.Perspective.values()) {
            rules.addAll(dev.clauselint.core.playbook.PlaybookLoader.defaultPlaybook(perspective).rules());
        }
        for (var r : rules) {
            r.flagged().forEach(e -> texts.add(e.text()));
            r.clean().forEach(e -> texts.add(e.text()));
        }
        java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus");
        if (java.nio.file.Files.isDirectory(corpus)) {
            try (var files = java.nio.file.Files.list(corpus)) {
                for (var f : files.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                    ContractDocument d = READER.read(java.nio.file.Files.readString(f), f.getFileName().toString());
                    d.sentences().forEach(s -> texts.add(PartyText.of(d.parties()).normalise(d.text(s))));
                }
            }
        }
        int compared = 0;
        java.util.List<String> disagreements = new java.util.ArrayList<>();
        for (var r : rules) {
            java.util.List<String> patterns = new java.util.ArrayList<>();
            if (r.kind() instanceof ClauseKind k) {
                patterns.addAll(k.match());
                patterns.addAll(k.unless());
                patterns.addAll(k.unlessParagraph());
            } else if (r.kind() instanceof RequireKind k) {
                patterns.addAll(k.satisfiedBy());
                patterns.addAll(k.unless());
            }
            for (String pattern : patterns) {
                ClausePattern p = ClausePattern.compile(pattern);
                for (String t : texts) {
                    compared++;
                    boolean fast = p.find(t);
                    if (fast != p.regex().matcher(t).find() && disagreements.size() < 5) {
                        disagreements.add(r.id() + " /" + pattern + "/ on \"" + t + "\": fast " + fast);
                    }
                }
            }
        }
        assertTrue(compared > 100_000, "compared " + compared);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), disagreements);
    }

    @Test
    void literalPrefixesAreANecessaryConditionAndRecogniseMacros() {
        assertTrue(LiteralPrefixes.of(Macros.expand("\\b(?:train|fine[- ]?tun)")).containsAll(java.util.Set.of("trai", "fine")));
        assertTrue(LiteralPrefixes.of(Macros.expand("{vendor}{gap}{may}")).containsAll(java.util.Set.of("we", "us", "our", "xven", "prov")));
        org.junit.jupiter.api.Assertions.assertNull(LiteralPrefixes.of("\\s*foo"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("a", "b"), LiteralPrefixes.of("(?:a)?b"));
        org.junit.jupiter.api.Assertions.assertNull(LiteralPrefixes.of("x?(?:a)?b"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("use"), LiteralPrefixes.of("uses?"));
    }

    @Test
    void wordStartShortcutOnlyWhenEveryBranchOpensAtAWordBoundary() {
        assertTrue(ClausePattern.startsWithBoundary(Macros.expand("{vendor}{gap}x"), 0) > 0);
        org.junit.jupiter.api.Assertions.assertEquals(-1, ClausePattern.startsWithBoundary("(?:\\bnot\\b|n't)x", 0));
        org.junit.jupiter.api.Assertions.assertEquals(-1, ClausePattern.startsWithBoundary("(?:\\bnot\\b)?x", 0));
        // "\\b," matches where a word ends: it must not be tried at word starts only
        ClausePattern commaAnd = ClausePattern.compile("\\b, and\\b");
        assertTrue(commaAnd.find("We share it, and sell it."));
        String text = "We share it, and sell it.";
        assertTrue(commaAnd.find(AtomScanner.of(java.util.List.of(commaAnd)).scan(text), text));
        // a leading lookbehind consumes nothing: the boundary after it is where a match starts
        assertTrue(ClausePattern.startsWithBoundary("(?<!non-)(?<!non)\\bexclusive", 0) > 0);
        org.junit.jupiter.api.Assertions.assertEquals(-1, ClausePattern.startsWithBoundary("(?<=[A-Z]\\s)law", 0));
        assertTrue(new ClausePatternTestSupport().findsInsideWord());
    }

    /** "don't" must still match a pattern whose alternatives include n't. */
    private static final class ClausePatternTestSupport {
        boolean findsInsideWord() {
            return ClausePattern.compile("(?:\\bnot\\b|n['\u2019]t\\b)\\s+use").find("We don't use it.");
        }
    }
}
