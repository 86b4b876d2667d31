package dev.clauselint.core.review;

import dev.clauselint.core.model.Span;

/** Replace the source range {@code span} with {@code newText}. */
public record TextEdit(Span span, String newText) {
    /** Applies edits (non-overlapping, any order) to a text. */
    public static String apply(String text, java.util.List<TextEdit> edits) {
        java.util.List<TextEdit> sorted = new java.util.ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(b.span().start(), a.span().start()));
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) sb.replace(e.span().start(), e.span().end(), e.newText());
        return sb.toString();
    }
}
