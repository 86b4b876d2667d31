package dev.clauselint.core.model;

/** What a reader saw a block of text to be, before structure analysis. */
public enum BlockType {
    /** A heading the source marked up explicitly (Markdown {@code #}, setext, HTML {@code h1-h6}). */
    HEADING,
    /** Running text: a paragraph, a list item, a table row. */
    PARAGRAPH
}
