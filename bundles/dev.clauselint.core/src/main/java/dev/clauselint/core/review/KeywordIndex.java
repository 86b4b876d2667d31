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
 * Finds, in one pass over the text, which sentences mention a keyword stem of each rule, so that
 * a rule's patterns run only on the few sentences that could match. Stems sit in a trie walked
 * along each word, so the pass allocates nothing per word.
 */
final class KeywordIndex {
    private static final class Node {
        final Node[] next = new Node[37];
        int[] rules = new int[0];
    }

    private final Node root = new Node();
    private final List<String> ruleIds = new ArrayList<>();

    KeywordIndex(List<Rule> rules) {
        for (Rule r : rules) {
            if (r.kind().keywords().isEmpty()) continue;
            int ruleIndex = ruleIds.size();
            ruleIds.add(r.id());
            for (String k : r.kind().keywords()) {
                String stem = k.toLowerCase(Locale.ROOT).strip();
                Node node = root;
                boolean usable = !stem.isEmpty();
                for (int i = 0; i < stem.length() && usable; i++) {
                    int slot = slot(stem.charAt(i));
                    if (slot < 0) {
                        usable = false;
                        break;
                    }
                    if (node.next[slot] == null) node.next[slot] = new Node();
                    node = node.next[slot];
                }
                if (usable) {
                    node.rules = java.util.Arrays.copyOf(node.rules, node.rules.length + 1);
                    node.rules[node.rules.length - 1] = ruleIndex;
                }
            }
        }
    }

    /** a-z, 0-9 and '-' have slots; any other char ends the stem walk. */
    private static int slot(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        if (c == '-') return 36;
        return -1;
    }

    /** Per rule id with keywords, the sentences containing at least one of them. */
    Map<String, BitSet> candidates(ContractDocument doc) {
        BitSet[] hits = new BitSet[ruleIds.size()];
        for (int i = 0; i < hits.length; i++) hits[i] = new BitSet();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            int i = s.plain().start();
            int end = s.plain().end();
            while (i < end) {
                while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
                Node node = root;
                while (i < end && Character.isLetterOrDigit(text.charAt(i)) || i < end && text.charAt(i) == '-' && node != null) {
                    if (node != null) {
                        int slot = slot(text.charAt(i));
                        node = slot < 0 ? null : node.next[slot];
                        if (node != null) {
                            for (int r : node.rules) hits[r].set(s.index());
                        }
                    }
                    i++;
                }
            }
        }
        Map<String, BitSet> out = new HashMap<>();
        for (int r = 0; r < hits.length; r++) out.put(ruleIds.get(r), hits[r]);
        return out;
    }
}
