package dev.clauselint.core.read;

import dev.clauselint.core.model.NormalizedText;

/**
 * Appends source characters to plain text, folding the characters that would otherwise fool
 * matching: non-breaking and exotic spaces become spaces, zero-width characters and soft hyphens
 * disappear, tabs and carriage returns become spaces.
 */
final class CharNormalizer {
    private CharNormalizer() {
    }

    static void append(NormalizedText.Builder out, char c, int srcStart, int srcEnd) {
        if (c >= 0x20 && c < 0x7F) {
            // printable ASCII, most of any text, is kept as it is
            out.append(c, srcStart, srcEnd);
            return;
        }
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return;
            }
            case '\r' -> {
                return;
            }
            case '\t', '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A', '\u3000', '\u000B', '\u000C' ->
                    c = ' ';
            case '\u2028', '\u2029' -> c = '\n';
            default -> {
                if (c < 0x20 && c != '\n') c = ' ';
            }
        }
        out.append(c, srcStart, srcEnd);
    }
}
