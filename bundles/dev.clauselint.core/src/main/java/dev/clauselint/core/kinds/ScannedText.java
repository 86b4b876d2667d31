package dev.clauselint.core.kinds;

import dev.clauselint.core.model.PlainChars;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A sentence or paragraph as the patterns see it after one {@link AtomScanner} pass: which
 * prefilter atoms it contains, where each last begins, and where its words start. Patterns then
 * test bits and visit word starts instead of each reading the text again.
 */
public final class ScannedText implements Prefilter.Atoms {
    private final String text;
    private final long[] found;
    private final BitSet known;
    private final int[] wordStarts;
    /** The atoms found, ascending by id, and where the last occurrence of each starts. */
    private final int[] foundIds;
    private final int[] lastStarts;
    private String lower;

    ScannedText(String text, long[] found, BitSet known, int[] wordStarts, int[] foundIds, int[] lastStarts) {
        this.text = text;
        this.found = found;
        this.known = known;
        this.wordStarts = wordStarts;
        this.foundIds = foundIds;
        this.lastStarts = lastStarts;
    }

    public String text() {
        return text;
    }

    /** Offsets where a word starts (a letter, digit or '_' after anything else), in order. */
    int[] wordStarts() {
        return wordStarts;
    }

    /** A bit test for the atoms the scanner knows; a plain search for any other. */
    @Override
    public boolean contains(Prefilter.Atom atom) {
        return containsFrom(atom, 0);
    }

    /**
     * The atoms that occur at or after {@code start}: what a match beginning there can use, since
     * every atom a match needs lies inside it (see {@link PrefilterBuilder}).
     */
    Prefilter.Atoms from(int start) {
        return atom -> containsFrom(atom, start);
    }

    private boolean containsFrom(Prefilter.Atom atom, int start) {
        int id = atom.id();
        if (!known.get(id)) {
            if (lower == null) lower = PlainChars.lower(text);
            return lower.indexOf(atom.text(), start) >= 0;
        }
        if ((found[id >> 6] & 1L << id) == 0) return false;
        return start == 0 || lastStarts[Arrays.binarySearch(foundIds, id)] >= start;
    }
}
