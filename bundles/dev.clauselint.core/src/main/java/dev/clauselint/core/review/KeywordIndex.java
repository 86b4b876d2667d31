package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.PlainChars;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.playbook.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds, in one pass over the text, which sentences mention the keyword stems of each rule, so
 * that a rule's patterns run only on the few sentences that could match. Stems sit in a trie
 * walked along each word, so the pass allocates nothing per word. A rule with several keyword
 * groups needs a hit from every group.
 */
final class KeywordIndex {
    private static final class Node {
        final Node[] next = new Node[37];
        int[] groups = new int[0];
    }

    private final Node root = new Node();
    /** Per group, the rule it belongs to. */
    private final List<Integer> groupRule = new ArrayList<>();
    private final List<String> ruleIds = new ArrayList<>();

    KeywordIndex(List<Rule> rules) {
        for (Rule r : rules) {
            List<List<String>> groups = r.kind().keywords();
            if (groups.isEmpty()) continue;
            int ruleIndex = ruleIds.size();
            ruleIds.add(r.id());
            for (List<String> group : groups) {
                int groupIndex = groupRule.size();
                groupRule.add(ruleIndex);
                for (String k : group) add(k.toLowerCase(Locale.ROOT).strip(), groupIndex);
            }
        }
    }

    private void add(String stem, int groupIndex) {
        if (stem.isEmpty()) return;
        Node node = root;
        for (int i = 0; i < stem.length(); i++) {
            int slot = slot(stem.charAt(i));
            if (slot < 0) return;
            if (node.next[slot] == null) node.next[slot] = new Node();
            node = node.next[slot];
        }
        node.groups = Arrays.copyOf(node.groups, node.groups.length + 1);
        node.groups[node.groups.length - 1] = groupIndex;
    }

    /** a-z, 0-9 and '-' have slots; any other char ends the stem walk. */
    private static int slot(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        if (c == '-') return 36;
        return -1;
    }

    /** Per rule id with keywords, the sentences that contain a stem of each of its groups. */
    Map<String, BitSet> candidates(ContractDocument doc) {
        return candidates(doc, 0, doc.sentences().size());
    }

    /** The same, looking only at sentences {@code [from, to)}: an edited paragraph. */
    Map<String, BitSet> candidates(ContractDocument doc, int from, int to) {
        BitSet[] hits;
        if (to - from > 2 * PARALLEL_SENTENCES) {
            // a long document: both halves at once
            int mid = (from + to) >>> 1;
            java.util.concurrent.CompletableFuture<BitSet[]> first =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> hits(doc, from, mid));
            hits = hits(doc, mid, to);
            BitSet[] other = first.join();
            for (int g = 0; g < hits.length; g++) hits[g].or(other[g]);
        } else {
            hits = hits(doc, from, to);
        }
        Map<String, BitSet> out = new HashMap<>();
        for (int g = 0; g < hits.length; g++) {
            String id = ruleIds.get(groupRule.get(g));
            BitSet existing = out.get(id);
            if (existing == null) out.put(id, hits[g]);
            else existing.and(hits[g]);
        }
        return out;
    }

    /** Below this many sentences a second thread costs more than it saves. */
    private static final int PARALLEL_SENTENCES = 1_000;

    /** Per keyword group, the sentences in {@code [from, to)} with one of its stems. */
    private BitSet[] hits(ContractDocument doc, int from, int to) {
        BitSet[] hits = new BitSet[groupRule.size()];
        for (int i = 0; i < hits.length; i++) hits[i] = new BitSet();
        String text = doc.text();
        for (Sentence s : doc.sentences().subList(from, to)) {
            int i = s.plain().start();
            int end = s.plain().end();
            while (i < end) {
                while (i < end && !PlainChars.letterOrDigit(text.charAt(i))) i++;
                // walk from the word start; a hyphen also starts a walk ("non-refundable" hits "refund")
                Node walk = root;
                Node part = null;
                char c;
                while (i < end && (PlainChars.letterOrDigit(c = text.charAt(i)) || c == '-')) {
                    int slot = slot(c);
                    walk = walk == null || slot < 0 ? null : walk.next[slot];
                    part = part == null || slot < 0 ? null : part.next[slot];
                    if (walk != null) for (int g : walk.groups) hits[g].set(s.index());
                    if (part != null) for (int g : part.groups) hits[g].set(s.index());
                    if (c == '-') part = root;
                    i++;
                    // nothing can match until a hyphen starts a new walk
                    if (walk == null && part == null) while (i < end && PlainChars.letterOrDigit(text.charAt(i))) i++;
                }
            }
        }
        return hits;
    }
}
