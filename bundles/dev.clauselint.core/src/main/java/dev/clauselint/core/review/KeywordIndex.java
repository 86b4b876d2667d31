package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.playbook.Rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds, in one pass over the text, which sentences mention any keyword stem of each rule, so
 * that a rule's patterns run only on the few sentences that could match.
 */
final class KeywordIndex {
    private static final int MAX_STEM = 16;
    private final Map<String, List<String>> rulesByStem = new HashMap<>();
    private final int minStem;

    KeywordIndex(List<Rule> rules) {
        int min = MAX_STEM;
        for (Rule r : rules) {
            for (String k : r.kind().keywords()) {
                String stem = k.toLowerCase(Locale.ROOT).strip();
                if (stem.isEmpty()) continue;
                rulesByStem.computeIfAbsent(stem.length() > MAX_STEM ? stem.substring(0, MAX_STEM) : stem,
                        s -> new ArrayList<>()).add(r.id());
                min = Math.min(min, stem.length());
            }
        }
        minStem = Math.max(1, min);
    }

    /** Per rule id with keywords, the sentences containing at least one of them. */
    Map<String, BitSet> candidates(ContractDocument doc) {
        Map<String, BitSet> out = new HashMap<>();
        String text = doc.text();
        char[] word = new char[MAX_STEM];
        for (Sentence s : doc.sentences()) {
            int i = s.plain().start();
            int end = s.plain().end();
            while (i < end) {
                while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
                int len = 0;
                while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                    if (len < MAX_STEM) word[len++] = Character.toLowerCase(text.charAt(i));
                    i++;
                }
                for (int l = minStem; l <= len; l++) {
                    List<String> rules = rulesByStem.get(new String(word, 0, l));
                    if (rules == null) continue;
                    for (String id : rules) out.computeIfAbsent(id, k -> new BitSet()).set(s.index());
                }
            }
        }
        for (List<String> ids : rulesByStem.values()) {
            for (String id : ids) out.computeIfAbsent(id, k -> new BitSet());
        }
        return out;
    }
}
