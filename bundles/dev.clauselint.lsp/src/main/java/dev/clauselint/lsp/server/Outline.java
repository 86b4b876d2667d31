package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

import java.util.ArrayList;
import java.util.List;

/** Sections as a nested outline and as folding ranges. */
final class Outline {
    private Outline() {
    }

    /** The section tree: top-level sections as namespaces, subsections as modules under them. */
    static List<DocumentSymbol> symbols(Analysis a) {
        ContractDocument doc = a.document();
        List<DocumentSymbol> top = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.parent() < 0) top.add(symbol(a, doc, s));
        }
        return top;
    }

    private static DocumentSymbol symbol(Analysis a, ContractDocument doc, Section s) {
        Range range = a.plainRange(s.extent());
        Range heading = a.plainRange(s.heading());
        // editors reject a selection outside the symbol's range
        if (!within(heading, range)) heading = range;
        DocumentSymbol symbol = new DocumentSymbol(Sections.name(doc, s), s.parent() < 0 ? SymbolKind.Namespace : SymbolKind.Module,
                range, heading);
        int findings = Sections.findingsIn(s, a.findings());
        if (findings > 0) symbol.setDetail(findings == 1 ? "1 finding" : findings + " findings");
        List<DocumentSymbol> children = new ArrayList<>();
        for (int child : s.children()) children.add(symbol(a, doc, doc.sections().get(child)));
        symbol.setChildren(children);
        return symbol;
    }

    /** One region per section, from its heading line to its last line; single-line sections do not fold. */
    static List<FoldingRange> folding(Analysis a) {
        List<FoldingRange> out = new ArrayList<>();
        for (Section s : a.document().sections()) {
            Range extent = a.plainRange(s.extent());
            int start = a.plainRange(s.heading()).getStart().getLine();
            int end = extent.getEnd().getLine();
            // an extent ending just after a line break ends on the line before
            if (extent.getEnd().getCharacter() == 0 && end > start) end--;
            if (end > start) {
                FoldingRange r = new FoldingRange(start, end);
                r.setKind(FoldingRangeKind.Region);
                out.add(r);
            }
        }
        return out;
    }

    private static boolean within(Range inner, Range outer) {
        return compare(inner.getStart(), outer.getStart()) >= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    private static int compare(org.eclipse.lsp4j.Position p, org.eclipse.lsp4j.Position q) {
        return p.getLine() != q.getLine() ? Integer.compare(p.getLine(), q.getLine()) : Integer.compare(p.getCharacter(), q.getCharacter());
    }
}
