package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One place a defined term appears: where it is defined, defined again, or used. Spans are source
 * offsets, so they point into the file the editor holds (inside Markdown bold, links, HTML tags).
 *
 * @param term   the term
 * @param plain  where it appears in the plain text (its spelling there may be a plural)
 * @param source where it appears in the source
 * @param kind   definition, redefinition or use
 */
record TermOccurrence(DefinedTerm term, Span plain, Span source, Kind kind) {

    enum Kind { DEFINITION, REDEFINITION, USE }

    boolean defines() {
        return kind != Kind.USE;
    }

    /** Every occurrence of a term, in document order. */
    static List<TermOccurrence> all(ContractDocument d, DefinedTerm t) {
        List<TermOccurrence> out = new ArrayList<>(t.uses().size() + 1 + t.redefinitions().size());
        out.add(new TermOccurrence(t, t.definition(), d.toSource(t.definition()), Kind.DEFINITION));
        for (Span s : t.redefinitions()) out.add(new TermOccurrence(t, s, d.toSource(s), Kind.REDEFINITION));
        for (Span s : t.uses()) out.add(new TermOccurrence(t, s, d.toSource(s), Kind.USE));
        out.sort(Comparator.comparing(TermOccurrence::source));
        return out;
    }

    /**
     * The occurrence at a text cursor, or null. A cursor just after a term (where editors put it
     * after typing) counts, unless another occurrence starts right there.
     */
    static TermOccurrence at(Analysis a, int offset) {
        return find(a, offset, true);
    }

    /** The occurrence whose characters include the one at {@code offset} (under the mouse), or null. */
    static TermOccurrence covering(Analysis a, int offset) {
        return find(a, offset, false);
    }

    private static TermOccurrence find(Analysis a, int offset, boolean orJustBefore) {
        ContractDocument d = a.document();
        if (d == null || offset < 0) return null;
        TermOccurrence touching = null;
        for (DefinedTerm t : d.terms()) {
            for (TermOccurrence o : all(d, t)) {
                if (o.source().contains(offset)) return o;
                if (orJustBefore && o.source().end() == offset && touching == null) touching = o;
            }
        }
        return touching;
    }
}
