package dev.clauselint.core.model;

import java.util.Locale;

/** The source formats a contract can be read from. */
public enum DocumentFormat {
    MARKDOWN, PLAIN_TEXT, HTML;

    /** Format from a file name's extension, or {@code null} when the extension says nothing. */
    public static DocumentFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown")) return MARKDOWN;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".txt") || n.endsWith(".text")) return PLAIN_TEXT;
        return null;
    }

    /** Guesses the format from the text itself, for files without a telling extension. */
    public static DocumentFormat sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096));
        String lower = head.toLowerCase(Locale.ROOT).stripLeading();
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")) {
            return HTML;
        }
        if (head.matches("(?s).*(^|\\n)#{1,6} \\S.*") || head.contains("**") || head.matches("(?s).*\\]\\([^)]+\\).*")
                || head.matches("(?s).*\\n(=+|-+)\\s*\\n.*")) {
            return MARKDOWN;
        }
        return PLAIN_TEXT;
    }
}
