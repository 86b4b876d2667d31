package dev.clauselint.lsp;

import java.util.Arrays;

/**
 * Converts between char offsets of a text and LSP positions (0-based line, 0-based UTF-16
 * character). Lines end at {@code \n}, {@code \r\n} or {@code \r}, as in the LSP specification.
 * Java strings are UTF-16, so a {@link String} offset is already an LSP offset: an emoji (a
 * surrogate pair) counts as two characters. Immutable and thread-safe.
 */
public final class PositionMapper {
    /** A 0-based line and UTF-16 character, as an LSP {@code Position}. */
    public record Position(int line, int character) {
    }

    private final int length;
    /** Offset where each line starts; lineStarts[0] == 0. */
    private final int[] lineStarts;
    /** Offset where each line's content ends (before its terminator). */
    private final int[] lineEnds;

    public PositionMapper(CharSequence text) {
        this.length = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') i++;
                if (n + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[n] = start;
                ends[n] = end;
                n++;
                start = i + 1;
            }
        }
        if (n + 1 > starts.length) {
            starts = Arrays.copyOf(starts, n + 1);
            ends = Arrays.copyOf(ends, n + 1);
        }
        starts[n] = start;
        ends[n] = length;
        n++;
        this.lineStarts = Arrays.copyOf(starts, n);
        this.lineEnds = Arrays.copyOf(ends, n);
    }

    /** Number of lines; an empty text has one (empty) line, and so does the part after a final newline. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Length of the text in UTF-16 code units. */
    public int length() {
        return length;
    }

    /** The 0-based line containing {@code offset} (clamped to the text). */
    public int line(int offset) {
        int o = clamp(offset);
        int i = Arrays.binarySearch(lineStarts, o);
        return i >= 0 ? i : -i - 2;
    }

    /** The position of {@code offset} (clamped to the text). An offset inside a CRLF maps to the end of its line. */
    public Position position(int offset) {
        int o = clamp(offset);
        int line = line(o);
        return new Position(line, Math.min(o, lineEnds[line]) - lineStarts[line]);
    }

    /** The offset of a position; a character past the end of its line is clamped to the line's end, a line past the end to the text's end. */
    public int offset(int line, int character) {
        if (line < 0) return 0;
        if (line >= lineStarts.length) return length;
        int start = lineStarts[line];
        return start + Math.max(0, Math.min(character, lineEnds[line] - start));
    }

    /** Offset where a 0-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Offset where a 0-based line's content ends, before its line terminator. */
    public int lineEnd(int line) {
        return lineEnds[line];
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }
}
