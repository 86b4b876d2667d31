package dev.clauselint.core.playbook;

import dev.clauselint.core.model.Span;

import java.util.Map;

/**
 * A rule's example, run as a test. A flagged example carries the span ({@code [[...]]} in the file)
 * the rule must report; {@code after} optionally gives the exact text expected once an alternative
 * is applied.
 *
 * @param text   the example text with the markers removed
 * @param marked the span the rule must report, or null for a clean example
 * @param line   line of the example in its playbook file, for error messages
 */
public record Example(String text, Span marked, Map<String, String> after, int line) {
}
