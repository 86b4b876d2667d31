package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.Position;

/**
 * Where an editor's position falls in the reviewed text. A position on a line the document does
 * not have falls nowhere (features answer "nothing here"); a character past the end of its line
 * is taken as the line's end, as the LSP specification says.
 */
final class Cursor {
    static final int NOWHERE = -1;

    private Cursor() {
    }

    /** The source offset of {@code p}, or {@link #NOWHERE} when it is outside the document. */
    static int offset(Analysis a, Position p) {
        if (p == null || p.getLine() < 0 || p.getCharacter() < 0 || p.getLine() >= a.mapper().lineCount()) return NOWHERE;
        return a.offset(p);
    }

    /** The word (letters, digits, hyphens, apostrophes inside it) touching a source offset; "" when none. */
    static String wordAt(String text, int offset) {
        if (offset < 0 || offset > text.length()) return "";
        int start = offset;
        while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
        int end = offset;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        return text.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019';
    }
}
