package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Rule;

import java.util.List;
import java.util.Locale;

/**
 * Whether a sentence is about a rule's subject: it contains a word starting with one stem of each
 * of the rule's keyword groups (the same test the reviewer uses before running the rule's
 * patterns). A sentence can be about training data without being a risky clause; when such a
 * sentence is rewritten, the category is still the place a reader should look.
 */
final class SubjectGate {
    private SubjectGate() {
    }

    /** Rules without keywords look at every sentence and tell nothing about a subject. */
    static boolean hasSubject(Rule rule) {
        return !rule.kind().keywords().isEmpty();
    }

    static boolean about(Rule rule, List<String> words) {
        List<List<String>> groups = rule.kind().keywords();
        if (groups.isEmpty()) return false;
        for (List<String> group : groups) {
            if (!anyStarts(words, group)) return false;
        }
        return true;
    }

    private static boolean anyStarts(List<String> words, List<String> stems) {
        for (String stem : stems) {
            String s = stem.toLowerCase(Locale.ROOT).strip();
            if (s.isEmpty()) continue;
            for (String w : words) if (w.startsWith(s)) return true;
        }
        return false;
    }
}
