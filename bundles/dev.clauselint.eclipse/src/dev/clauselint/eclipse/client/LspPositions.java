package dev.clauselint.eclipse.client;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Document offsets to LSP positions and back. LSP counts characters in UTF-16 code units, which
 * is what Java strings and {@link IDocument} offsets count too, so a position's character is the
 * offset from its line's start.
 */
public final class LspPositions {
    private LspPositions() {
    }

    public static Position position(IDocument document, int offset) throws BadLocationException {
        int line = document.getLineOfOffset(offset);
        return new Position(line, offset - document.getLineOffset(line));
    }

    public static Range range(IDocument document, int offset, int length) throws BadLocationException {
        return new Range(position(document, offset), position(document, offset + length));
    }

    /** The offset of a position, clamped into the document (a line past the end is its end). */
    public static int offset(IDocument document, Position p) throws BadLocationException {
        if (p.getLine() >= document.getNumberOfLines()) return document.getLength();
        int lineStart = document.getLineOffset(p.getLine());
        int lineLength = document.getLineLength(p.getLine());
        String delimiter = document.getLineDelimiter(p.getLine());
        int textLength = lineLength - (delimiter == null ? 0 : delimiter.length());
        return lineStart + Math.max(0, Math.min(p.getCharacter(), textLength));
    }

    /** The position as the marker attribute and fix-cache key spell it: {@code line:char-line:char}. */
    public static String key(Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }
}
