package dev.clauselint.core.compare;

import java.util.List;

/**
 * One section's own text (without its subsections, which are provisions of their own), reduced
 * to what a comparison looks at.
 *
 * @param section   index in the document's sections, or -1 for the text before the first heading
 * @param heading   the heading as written, number included ("" for the opening text)
 * @param title     the heading's words without the number, for matching
 * @param sentences its sentences, version stamps left out
 */
public record Provision(int section, String heading, List<String> title, List<Clause> sentences) {

    /**
     * One sentence of a provision.
     *
     * @param text  as written (plain text), for quoting
     * @param words the same without noise ({@link NoiseFilter#words}), for comparing
     */
    public record Clause(String text, List<String> words) {
    }

    /** All words of the provision in order. */
    public List<String> words() {
        return sentences.stream().flatMap(c -> c.words().stream()).toList();
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }
}
