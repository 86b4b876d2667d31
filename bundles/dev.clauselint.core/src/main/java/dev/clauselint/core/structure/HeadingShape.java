package dev.clauselint.core.structure;

/**
 * How a line looks as a heading.
 *
 * @param number the number as written, "" when none
 * @param title  the heading words without the number
 * @param style  a signature of the numbering style ("num2", "section1", "caps"...): headings of one
 *               style share a rank in the section tree
 */
public record HeadingShape(String number, String title, String style) {
}
