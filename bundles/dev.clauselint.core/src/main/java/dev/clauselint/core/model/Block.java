package dev.clauselint.core.model;

/**
 * A paragraph-sized piece of the normalised text as a reader found it.
 *
 * @param plain         where the block's text lies in the plain text
 * @param type          explicit heading or running text
 * @param level         heading level given by the markup (1-6), 0 when the markup gave none
 * @param leadEnd       plain offset where a bold run-in heading ("**3. Fees.** Customer pays") ends, or -1
 * @param sourceEnd     source offset just after the block's markup, where a new block can be inserted
 */
public record Block(Span plain, BlockType type, int level, int leadEnd, int sourceEnd) {
}
