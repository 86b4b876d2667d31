package dev.clauselint.core.model;

/**
 * One sentence of running text (or one heading).
 *
 * @param index   position in {@link ContractDocument#sentences()}
 * @param plain   range in the plain text
 * @param block   index of the block it belongs to
 * @param section the innermost section containing it, or -1 when it precedes every heading
 * @param heading whether the sentence is a heading's text
 */
public record Sentence(int index, Span plain, int block, int section, boolean heading) {
}
