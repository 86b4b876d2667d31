package dev.clauselint.core.kinds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, in one pass over a text, every prefilter atom of a playbook's patterns that the text
 * contains (an Aho-Corasick automaton over lower-cased characters). A review scans each sentence
 * once; every pattern's {@link Prefilter} is then a few bit tests instead of substring searches.
 * Atoms the scanner was not built with are still answered, by a plain search.
 */
public final class AtomScanner {
    /**
     * Recent scanners by the atoms they know: every reviewer of the same playbook shares one. A
     * few are kept (a table is about a megabyte), so a server whose user keeps editing a
     * playbook does not collect one per version.
     */
    private static final Map<BitSet, AtomScanner> SHARED = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BitSet, AtomScanner> eldest) {
            return size() > 8;
        }
    };

    private final BitSet known;
    /** Character class of each ASCII character; 0 for characters no atom contains. */
    private final int[] asciiClass = new int[128];
    private final Map<Character, Integer> otherClass = new HashMap<>();
    /**
     * For each ASCII character as it appears in the text (either case): its class, plus
     * {@link #WORD} when it is a word character. One lookup per character for most of a text.
     */
    private final int[] ascii = new int[128];
    private static final int WORD = 1 << 16;
    /** The non-ASCII characters atoms contain, sorted, and their classes: a search instead of boxing. */
    private final char[] otherChars;
    private final int[] otherClasses;
    private final int classes;
    /** delta[state * classes + class]: the next state. */
    private final int[] delta;
    /** Atom ids that end in each state (null when none). */
    private final int[][] ending;
    private final int words;
    /** Length of each known atom, by id: where an atom that ends at i starts. */
    private final int[] lengths;
    /** Per thread, the last start of each atom during a scan (only read for atoms the scan found). */
    private final ThreadLocal<int[]> lastStarts;

    /** The scanner for all prefilter atoms of these patterns. */
    public static AtomScanner of(Collection<ClausePattern> patterns) {
        Set<Prefilter.Atom> atoms = new LinkedHashSet<>();
        for (ClausePattern p : patterns) p.prefilter().atoms(atoms);
        BitSet ids = new BitSet();
        for (Prefilter.Atom a : atoms) ids.set(a.id());
        synchronized (SHARED) {
            AtomScanner known = SHARED.get(ids);
            if (known != null) return known;
        }
        // built outside the lock: reviewers of other playbooks need not wait for it
        AtomScanner built = new AtomScanner(List.copyOf(atoms));
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(ids, k -> built);
        }
    }

    private AtomScanner(List<Prefilter.Atom> atoms) {
        known = new BitSet();
        int maxId = 0;
        int next = 1;
        for (Prefilter.Atom a : atoms) {
            known.set(a.id());
            maxId = Math.max(maxId, a.id());
            for (char c : a.text().toCharArray()) {
                if (c < 128) {
                    if (asciiClass[c] == 0) asciiClass[c] = next++;
                } else if (!otherClass.containsKey(c)) {
                    otherClass.put(c, next++);
                }
            }
        }
        classes = next;
        for (char c = 0; c < 128; c++) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            ascii[c] = asciiClass[lower] | (ClausePattern.isWord(c) ? WORD : 0);
        }
        otherChars = new char[otherClass.size()];
        int o = 0;
        for (char c : otherClass.keySet()) otherChars[o++] = c;
        Arrays.sort(otherChars);
        otherClasses = new int[otherChars.length];
        for (int k = 0; k < otherChars.length; k++) otherClasses[k] = otherClass.get(otherChars[k]);
        words = (maxId >> 6) + 1;
        lengths = new int[maxId + 1];
        for (Prefilter.Atom a : atoms) lengths[a.id()] = a.text().length();
        int size = maxId + 1;
        lastStarts = ThreadLocal.withInitial(() -> new int[size]);
        // the trie (atom ids ending at each node), then failure links, folded into a full transition table
        List<int[]> trie = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        trie.add(new int[classes]);
        ends.add(null);
        for (Prefilter.Atom a : atoms) {
            int s = 0;
            for (int i = 0; i < a.text().length(); i++) {
                int k = classOf(a.text().charAt(i));
                if (trie.get(s)[k] == 0) {
                    trie.get(s)[k] = trie.size();
                    trie.add(new int[classes]);
                    ends.add(null);
                }
                s = trie.get(s)[k];
            }
            ends.set(s, append(ends.get(s), a.id()));
        }
        // number the states breadth first: the shallow states most characters lead to then sit
        // together at the start of the table, which keeps the scan in the processor's cache; and
        // in that order every state's failure link points to a state already done
        int states = trie.size();
        int[] order = new int[states];
        int[] renumbered = new int[states];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int old = order[head];
            renumbered[old] = head++;
            for (int t : trie.get(old)) if (t != 0) order[tail++] = t;
        }
        delta = new int[states * classes];
        ending = new int[states][];
        int[] fail = new int[states];
        for (int s = 0; s < states; s++) {
            int[] row = trie.get(order[s]);
            ending[s] = s == 0 ? ends.get(order[s]) : merge(ends.get(order[s]), ending[fail[s]]);
            for (int k = 0; k < classes; k++) {
                int child = row[k] == 0 ? 0 : renumbered[row[k]];
                int viaFail = s == 0 ? 0 : delta[fail[s] * classes + k];
                if (child != 0) {
                    fail[child] = viaFail;
                    delta[s * classes + k] = child;
                } else {
                    delta[s * classes + k] = viaFail;
                }
            }
        }
    }

    private static int[] append(int[] ids, int id) {
        if (ids == null) return new int[]{id};
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = id;
        return out;
    }

    /** The atom ids of both lists (either may be null); null when there are none. */
    private static int[] merge(int[] own, int[] inherited) {
        if (own == null) return inherited;
        if (inherited == null) return own;
        int[] out = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, out, own.length, inherited.length);
        return out;
    }

    private int classOf(char lower) {
        if (lower < 128) return asciiClass[lower];
        Integer k = otherClass.get(lower);
        return k == null ? 0 : k;
    }

    /**
     * Scans a text once: the atoms it contains (lower-cased char by char, as patterns' literals
     * are) and where its words start, which every pattern that opens at a word needs.
     */
    public ScannedText scan(String text) {
        long[] found = new long[words];
        int[] last = lastStarts.get();
        int n = text.length();
        int[] starts = new int[Math.max(4, n / 5)];
        int count = 0;
        boolean previousWord = false;
        int s = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cls;
            boolean word;
            if (c < 128) {
                int info = ascii[c];
                cls = info & (WORD - 1);
                word = info >= WORD;
            } else {
                word = ClausePattern.isWord(c);
                int k = Arrays.binarySearch(otherChars, Character.toLowerCase(c));
                cls = k < 0 ? 0 : otherClasses[k];
            }
            if (word && !previousWord) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i;
            }
            previousWord = word;
            s = delta[s * classes + cls];
            int[] ids = ending[s];
            if (ids != null) {
                for (int id : ids) {
                    found[id >> 6] |= 1L << id;
                    last[id] = i + 1 - lengths[id];
                }
            }
        }
        int atoms = 0;
        for (long w : found) atoms += Long.bitCount(w);
        int[] foundIds = new int[atoms];
        int[] foundLastStarts = new int[atoms];
        int k = 0;
        for (int w = 0; w < found.length; w++) {
            for (long bits = found[w]; bits != 0; bits &= bits - 1) {
                int id = w * 64 + Long.numberOfTrailingZeros(bits);
                foundIds[k] = id;
                foundLastStarts[k++] = last[id];
            }
        }
        return new ScannedText(text, found, known, Arrays.copyOf(starts, count), foundIds, foundLastStarts);
    }

    @Override
    public String toString() {
        return "AtomScanner[" + known.cardinality() + " atoms, " + ending.length + " states, " + classes + " classes]";
    }
}
