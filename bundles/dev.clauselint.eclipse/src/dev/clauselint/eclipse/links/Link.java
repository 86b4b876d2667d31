package dev.clauselint.eclipse.links;

/**
 * A stretch of the text that leads elsewhere in the same text (document offsets).
 *
 * @param label what the hyperlink popup says, e.g. "Go to 3. Liability"
 */
public record Link(int offset, int length, int targetOffset, int targetLength, String label) {
    boolean covers(int at) {
        return at >= offset && at <= offset + length;
    }
}
