package dev.clauselint.core.model;

/**
 * Where each of a few words next occurs in a text, for a scan that only moves forward: each
 * word's occurrences are searched once over the whole text, not once per step.
 */
public final class Occurrences {
    private final String text;
    private final String[] words;
    /** Per word, its next occurrence at or after the last {@code from} asked: -2 not searched yet, -1 none left. */
    private final int[] next;

    public Occurrences(String text, String[] words) {
        this.text = text;
        this.words = words;
        this.next = new int[words.length];
        java.util.Arrays.fill(next, -2);
    }

    /** Where word {@code w} next starts at or after {@code from}, or -1; {@code from} must not go back. */
    public int next(int w, int from) {
        if (next[w] == -2 || next[w] >= 0 && next[w] < from) next[w] = text.indexOf(words[w], from);
        return next[w];
    }

    /** Where the first of the words next starts at or after {@code from}, or -1. */
    public int first(int from) {
        int first = -1;
        for (int w = 0; w < words.length; w++) {
            int at = next(w, from);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }
}
