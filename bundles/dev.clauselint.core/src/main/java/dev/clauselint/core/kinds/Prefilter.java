package dev.clauselint.core.kinds;

import dev.clauselint.core.model.PlainChars;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a text must contain before a pattern can match it: a formula of AND and OR over literal
 * strings ("atoms", lower-cased). {@code {vendor}{gap}{may}{gap}\b(?:sell|license)\b} needs "sell"
 * or "license" somewhere, so a sentence without either is rejected by two substring searches
 * instead of a regex run that tries every word of it. A prefilter is a necessary condition only:
 * when it passes, the regex still decides. {@link #ALL} (no condition) is always safe.
 */
public sealed interface Prefilter {
    /** No condition: anything may match. */
    Prefilter ALL = new All();

    /** Whether the text (lower-cased) can be matched; {@code text} answers "does it contain this atom". */
    boolean admits(Atoms text);

    /** The parts an AND or OR joins; none for the others. */
    default List<Prefilter> parts() {
        return List.of();
    }

    /** Adds the atoms the formula mentions. */
    default void atoms(Set<Atom> into) {
        if (this instanceof Atom a) into.add(a);
        for (Prefilter p : parts()) p.atoms(into);
    }

    /** Answers whether a text, lower-cased, contains an atom. */
    interface Atoms {
        boolean contains(Atom atom);

        /** Plain substring searches, for a text seen once. */
        static Atoms of(CharSequence text) {
            String lower = PlainChars.lower(text.toString());
            return atom -> lower.contains(atom.text());
        }
    }

    record All() implements Prefilter {
        @Override
        public boolean admits(Atoms text) {
            return true;
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    /**
     * A literal string, with a number that is the same for the same string everywhere in the
     * program, so a scanner can report the atoms of a text as bits.
     */
    record Atom(String text, int id) implements Prefilter {
        private static final java.util.concurrent.ConcurrentHashMap<String, Integer> IDS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

        static Atom of(String text) {
            return new Atom(text, IDS.computeIfAbsent(text, t -> NEXT.getAndIncrement()));
        }

        @Override
        public boolean admits(Atoms t) {
            return t.contains(this);
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    record And(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean admits(Atoms text) {
            // indexed: an iterator here was most of what a review allocated
            for (int i = 0, n = parts.size(); i < n; i++) if (!parts.get(i).admits(text)) return false;
            return true;
        }

        @Override
        public String toString() {
            return "AND" + parts;
        }
    }

    record Or(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean admits(Atoms text) {
            for (int i = 0, n = parts.size(); i < n; i++) if (parts.get(i).admits(text)) return true;
            return false;
        }

        @Override
        public String toString() {
            return "OR" + parts;
        }
    }

    /** Both conditions; ALL drops out, nested ANDs flatten. */
    static Prefilter and(Prefilter a, Prefilter b) {
        if (a instanceof All) return b;
        if (b instanceof All) return a;
        List<Prefilter> parts = new ArrayList<>();
        for (Prefilter p : List.of(a, b)) {
            if (p instanceof And and) parts.addAll(and.parts());
            else if (!parts.contains(p)) parts.add(p);
        }
        return new And(List.copyOf(parts));
    }

    /** Either condition; one ALL makes all of it ALL, nested ORs flatten. */
    static Prefilter or(List<Prefilter> options) {
        Set<Prefilter> parts = new LinkedHashSet<>();
        for (Prefilter p : options) {
            if (p instanceof All) return ALL;
            if (p instanceof Or or) parts.addAll(or.parts());
            else parts.add(p);
        }
        if (parts.isEmpty()) return ALL;
        if (parts.size() == 1) return parts.iterator().next();
        return new Or(List.copyOf(parts));
    }
}
