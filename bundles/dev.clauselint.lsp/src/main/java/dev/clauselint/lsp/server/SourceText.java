package dev.clauselint.lsp.server;

import dev.clauselint.core.model.DocumentFormat;

/**
 * Writes words into a contract's source so that the reader sees exactly those words again: HTML
 * needs its entities, Markdown its backslash escapes, plain text nothing.
 */
final class SourceText {
    /** Characters that would start emphasis, code, a link, a tag or a table cell in Markdown. */
    private static final String MARKDOWN_SPECIALS = "\\`*[]<>|";

    private SourceText() {
    }

    static String literal(DocumentFormat format, String words) {
        return switch (format) {
            case HTML -> words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            case MARKDOWN -> markdown(words);
            case PLAIN_TEXT -> words;
        };
    }

    private static String markdown(String words) {
        StringBuilder sb = new StringBuilder(words.length() + 4);
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0 || c == '_' && !insideWord(words, i)) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** An underscore between letters ("AI_Model") is literal in Markdown and needs no backslash. */
    private static boolean insideWord(String words, int i) {
        return i > 0 && i + 1 < words.length() && Character.isLetterOrDigit(words.charAt(i - 1))
                && Character.isLetterOrDigit(words.charAt(i + 1));
    }
}
