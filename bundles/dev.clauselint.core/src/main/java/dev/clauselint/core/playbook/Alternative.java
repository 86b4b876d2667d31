package dev.clauselint.core.playbook;

/**
 * Balanced wording offered as a fix. {@code text} may use the placeholders of
 * {@link dev.clauselint.core.model.DocumentNames} ({vendor}, {Customer}, {content}...), so the fix reads
 * in the document's own names.
 */
public record Alternative(String id, String label, String text) {
}
