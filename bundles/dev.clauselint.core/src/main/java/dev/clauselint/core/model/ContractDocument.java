package dev.clauselint.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A contract read and parsed: its source, the plain text analysis runs on, and the structure found
 * in it. Immutable; every range is in plain-text offsets unless a method says otherwise.
 */
public final class ContractDocument {
    private final String source;
    private final DocumentFormat format;
    private final NormalizedText plain;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final List<Sentence> sentences;
    private final List<DefinedTerm> terms;
    private final Parties parties;
    private final List<String> warnings;
    private final int[] sentenceStarts;

    public ContractDocument(String source, DocumentFormat format, NormalizedText plain, List<Block> blocks,
                            List<Section> sections, List<Sentence> sentences, List<DefinedTerm> terms,
                            Parties parties, List<String> warnings) {
        this.source = source;
        this.format = format;
        this.plain = plain;
        this.blocks = List.copyOf(blocks);
        this.sections = List.copyOf(sections);
        this.sentences = List.copyOf(sentences);
        this.terms = List.copyOf(terms);
        this.parties = parties;
        this.warnings = List.copyOf(warnings);
        this.sentenceStarts = sentences.stream().mapToInt(s -> s.plain().start()).toArray();
    }

    public String source() {
        return source;
    }

    public DocumentFormat format() {
        return format;
    }

    public NormalizedText plain() {
        return plain;
    }

    public String text() {
        return plain.text();
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<DefinedTerm> terms() {
        return terms;
    }

    public Parties parties() {
        return parties;
    }

    /** Problems met while reading (invalid UTF-8, stripped control characters), for the user. */
    public List<String> warnings() {
        return warnings;
    }

    public String text(Span plainSpan) {
        return plain.text().substring(plainSpan.start(), plainSpan.end());
    }

    public String text(Sentence sentence) {
        return text(sentence.plain());
    }

    /** The sentence containing a plain offset, or the nearest one before it; null when none. */
    public Sentence sentenceAt(int plainOffset) {
        int i = Arrays.binarySearch(sentenceStarts, plainOffset);
        if (i < 0) i = -i - 2;
        return i < 0 ? null : sentences.get(i);
    }

    /** The chain of headings above a sentence, innermost last. */
    public List<Section> sectionPath(Sentence sentence) {
        java.util.ArrayList<Section> path = new java.util.ArrayList<>();
        for (int s = sentence.section(); s >= 0; s = sections.get(s).parent()) {
            path.add(0, sections.get(s));
        }
        return path;
    }

    /** Maps a plain range to the source. */
    public Span toSource(Span plainSpan) {
        return plain.toSource(plainSpan);
    }

    /** The plain range a reader should anchor document-level findings on: the title or first heading. */
    public Span titleSpan() {
        for (Sentence s : sentences) {
            if (s.heading()) return s.plain();
            break;
        }
        if (!sections.isEmpty()) return sections.get(0).heading();
        if (!sentences.isEmpty()) return sentences.get(0).plain();
        return new Span(0, 0);
    }
}
