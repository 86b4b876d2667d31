package dev.clauselint.core.kinds;

import java.util.BitSet;

/**
 * A sentence or paragraph as the patterns see it after one {@link AtomScanner} pass: which
 * prefilter atoms it contains and where its words start. Patterns then test bits and visit word
 * starts instead of each reading the text again.
 */
public final class ScannedText implements Prefilter.Atoms {
    private final String text;
    private final long[] found;
    private final BitSet known;
    private final int[] wordStarts;
    private Prefilter.Atoms fallback;

    ScannedText(String text, long[] found, BitSet known, int[] wordStarts) {
        this.text = text;
        this.found = found;
        this.known = known;
        this.wordStarts = wordStarts;
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
        int id = atom.id();
        if (known.get(id)) return (found[id >> 6] & 1L << id) != 0;
        if (fallback == null) fallback = Prefilter.Atoms.of(text);
        return fallback.contains(atom);
    }
}
