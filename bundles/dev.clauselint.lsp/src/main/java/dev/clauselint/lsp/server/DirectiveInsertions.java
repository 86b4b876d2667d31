package dev.clauselint.lsp.server;

import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.read.Directive;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

import java.util.Locale;
import java.util.Set;

/**
 * Where the "Suppress" quick fixes put their directive line (docs/suppressions.md): above the line
 * a finding starts on, indented like it, or at the top of the document.
 */
final class DirectiveInsertions {
    private DirectiveInsertions() {
    }

    /** A disable-next-line directive for {@code ruleId} above the line holding source offset {@code at}. */
    static TextEdit aboveLine(Analysis a, int at, String ruleId) {
        int line = a.position(at).getLine();
        String text = a.text();
        int start = a.offset(new Position(line, 0));
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) end++;
        String directive = new Directive(Directive.Kind.NEXT_LINE, Set.of(ruleId)).write(a.document().format());
        return insert(line, text.substring(start, end) + directive + eol(text));
    }

    /** A disable-file directive for {@code ruleId} at the top, after front matter or a doctype that must stay first. */
    static TextEdit atTop(Analysis a, String ruleId) {
        String text = a.text();
        String directive = new Directive(Directive.Kind.FILE, Set.of(ruleId)).write(a.document().format());
        int line = linesBeforeContent(text, a.document().format());
        int offset = a.offset(new Position(line, 0));
        if (line > 0 && offset >= text.length() && !text.endsWith("\n")) {
            // the preamble is the whole file, without a final line break
            Position end = a.position(text.length());
            return new TextEdit(new Range(end, end), eol(text) + directive + eol(text));
        }
        return insert(line, directive + eol(text));
    }

    /** Lines a directive must not go above: Markdown front matter, an HTML doctype or XML declaration. */
    private static int linesBeforeContent(String text, DocumentFormat format) {
        String[] lines = text.split("\n", -1);
        if (format == DocumentFormat.MARKDOWN && lines.length > 1 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.equals("---") || l.equals("...")) return i + 1;
            }
            return 0;
        }
        if (format == DocumentFormat.HTML) {
            int i = 0;
            while (i < lines.length) {
                String l = lines[i].strip().toLowerCase(Locale.ROOT);
                if (!(l.startsWith("<!doctype") || l.startsWith("<?xml")) || !l.endsWith(">")) break;
                i++;
            }
            return i;
        }
        return 0;
    }

    private static TextEdit insert(int line, String text) {
        Position p = new Position(line, 0);
        return new TextEdit(new Range(p, p), text);
    }

    private static String eol(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
