package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Rule;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence is about a rule's subject: it contains a word starting with one stem of each
 * of the rule's keyword groups (the test the reviewer makes before running the rule's patterns),
 * and the evidence is specific. Short stems of long keyword lists ("chang", "deriv") start too many
 * ordinary words, so one of them alone is not enough: it takes two different stems, or one of
 * {@link #SPECIFIC_STEM} letters or more, or a rule with few stems ("arbitra").
 */
final class SubjectGate {
    static final int SPECIFIC_STEM = 6;
    private static final int FEW_STEMS = 2;

    private SubjectGate() {
    }

    /** Rules without keywords look at every sentence and tell nothing about a subject. */
    static boolean hasSubject(Rule rule) {
        return !rule.kind().keywords().isEmpty();
    }

    static boolean about(Rule rule, List<String> words) {
        List<List<String>> groups = rule.kind().keywords();
        if (groups.isEmpty()) return false;
        Set<String> hits = new HashSet<>();
        int stems = 0;
        for (List<String> group : groups) {
            stems += group.size();
            boolean any = false;
            for (String stem : group) {
                String s = stem.toLowerCase(Locale.ROOT).strip();
                if (!s.isEmpty() && startsAny(words, s)) {
                    hits.add(s);
                    any = true;
                }
            }
            if (!any) return false;
        }
        if (hits.size() >= 2 || stems <= FEW_STEMS) return true;
        for (String h : hits) if (h.length() >= SPECIFIC_STEM) return true;
        return false;
    }

    private static boolean startsAny(List<String> words, String stem) {
        for (String w : words) if (w.startsWith(stem)) return true;
        return false;
    }
}
