package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

import java.util.List;

/**
 * Hover: on a flagged clause, why it matters, the laws it touches and what to ask the other side
 * for; on a defined term, its definition. Both when a term sits inside a flagged clause, the
 * finding first since that is what needs attention.
 */
final class Hovers {
    /** Further definitions shown at most; a term defined more often than that is a drafting mess anyway. */
    private static final int MAX_REDEFINITIONS = 3;

    private Hovers() {
    }

    static Hover hover(Analysis a, Position p, ClientCapabilities caps) {
        int offset = Cursor.offset(a, p);
        if (offset == Cursor.NOWHERE) return null;
        List<Finding> findings = a.findings().stream().filter(f -> covers(f.span(), offset)).toList();
        TermOccurrence term = TermOccurrence.covering(a, offset);
        if (findings.isEmpty() && term == null) return null;

        HoverText text = new HoverText(HoverText.markdownWanted(caps));
        Span range = null;
        for (Finding f : findings) {
            text.separator();
            describe(text, f, a.rule(f.ruleId()));
            text.labelled("How common", ReferenceComparison.sentence(a, f));
            // where all the findings shown overlap: the editor keeps the hover open over that range
            range = range == null ? f.span() : new Span(Math.max(range.start(), f.span().start()), Math.min(range.end(), f.span().end()));
        }
        if (term != null) {
            text.separator();
            describe(text, a, term.term());
            if (range == null) range = term.source();
        }
        return new Hover(text.content(), a.range(range));
    }

    private static boolean covers(Span s, int offset) {
        return s.contains(offset) || s.length() == 0 && s.start() == offset;
    }

    private static void describe(HoverText text, Finding f, Rule rule) {
        text.heading(f.ruleId(), "(" + severityWords(f.severity()) + ")");
        text.paragraph(f.message());
        if (rule != null) {
            text.labelled("Why it matters", rule.rationale());
            text.labelled("Laws touched", rule.laws() == null ? null : String.join("; ", rule.laws()));
            text.labelled("Ask the other side for", rule.ask());
        }
        int n = f.fixes().size();
        text.labelled("Quick fix", n == 0 ? "no alternative wording for this one"
                : n == 1 ? "1 alternative wording" : n + " alternative wordings");
    }

    private static void describe(HoverText text, Analysis a, DefinedTerm t) {
        ContractDocument d = a.document();
        int uses = t.uses().size();
        text.heading(t.name(), "(defined term, " + switch (uses) {
            case 0 -> "never used";
            case 1 -> "used once";
            case 2 -> "used twice";
            default -> "used " + uses + " times";
        } + ")");
        text.quote(d.text(t.sentence()));
        List<Span> again = t.redefinitions();
        for (Span s : again.subList(0, Math.min(again.size(), MAX_REDEFINITIONS))) {
            Sentence sentence = d.sentenceAt(s.start());
            int line = a.position(d.toSource(s).start()).getLine() + 1;
            text.labelled("Defined again on line " + line, sentence == null ? t.name() : d.text(sentence));
        }
        if (again.size() > MAX_REDEFINITIONS) {
            text.paragraph("and " + (again.size() - MAX_REDEFINITIONS) + " more definitions");
        }
    }

    private static String severityWords(Severity s) {
        return s == Severity.NOTE ? "note" : s.id() + " risk";
    }
}
