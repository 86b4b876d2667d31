package dev.clauselint.core.model;

/**
 * Character questions asked of every character of a contract, answered without a Character
 * lookup for ASCII, which is most of any text.
 */
public final class PlainChars {
    private PlainChars() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean letterOrDigit(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    /**
     * The text lower-cased char by char, so an offset into it is the same offset into the text
     * ({@link String#toLowerCase} may change lengths).
     */
    public static String lower(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** Java regex's {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
