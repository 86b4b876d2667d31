package dev.clauselint.core.structure;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.NormalizedText;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.read.LineBlockReader;
import dev.clauselint.core.read.ReadResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-reads one edited paragraph instead of the whole contract. An edit qualifies when it stays
 * inside a running-text paragraph that stands alone between blank lines, adds no line break,
 * and neither the old nor the new paragraph defines a term or carries a heading: then the
 * sections, definitions and parties of the contract cannot have changed, and everything outside
 * the paragraph only moves. Any other edit returns null and the caller reads the whole text.
 */
public final class ParagraphEdit {

    /**
     * The contract after the edit, and where the paragraph's sentences were and are.
     *
     * @param document       the new contract
     * @param block          index of the edited paragraph's block (the same before and after)
     * @param firstSentence  index of its first sentence (the same before and after)
     * @param oldSentences   how many sentences it had
     * @param newSentences   how many it has now
     * @param oldSource      the paragraph's source range before the edit
     * @param sourceDelta    how much longer the source became
     * @param oldPlain       the paragraph's plain range before the edit
     * @param plainDelta     how much longer the plain text became
     */
    public record Result(ContractDocument document, int block, int firstSentence, int oldSentences, int newSentences,
                         Span oldSource, int sourceDelta, Span oldPlain, int plainDelta) {

        /** Where a source offset of the old text lies in the new one (offsets inside the paragraph are not asked). */
        public int source(int oldOffset) {
            return oldOffset >= oldSource.end() ? oldOffset + sourceDelta : oldOffset;
        }

        public int plain(int oldOffset) {
            return oldOffset >= oldPlain.end() ? oldOffset + plainDelta : oldOffset;
        }
    }

    /** Parties are the contract's, never re-detected from one paragraph. */
    private static final dev.clauselint.core.model.Parties NO_PARTIES = new dev.clauselint.core.model.Parties(List.of(), List.of(), null);

    private ParagraphEdit() {
    }

    /**
     * The contract after replacing source {@code [start, oldEnd)} of {@code old} with {@code inserted}
     * (giving {@code newSource}), or null when the edit does not qualify.
     */
    public static Result apply(ContractDocument old, String newSource, int start, int oldEnd, String inserted) {
        DocumentFormat format = old.format();
        if (format == DocumentFormat.HTML) return null;
        String source = old.source();
        if (start < 0 || oldEnd < start || oldEnd > source.length()) return null;
        if (hasLineBreak(inserted) || hasLineBreak(source.substring(start, oldEnd))) return null;
        int sourceDelta = inserted.length() - (oldEnd - start);
        if (newSource.length() != source.length() + sourceDelta) return null;

        int b = blockAt(old, start);
        if (b < 0) return null;
        Block block = old.blocks().get(b);
        if (block.type() != BlockType.PARAGRAPH || block.leadEnd() >= 0) return null;
        int paraStart = lineStart(source, old.toSource(block.plain()).start());
        int paraEnd = block.sourceEnd();
        if (start < paraStart || oldEnd > paraEnd) return null;
        if (!blankBefore(source, paraStart) || !blankAfter(source, paraEnd)) return null;
        int first = -1;
        int count = 0;
        for (Sentence s : old.sentences()) { // the paragraph's sentences are contiguous
            if (s.block() == b) {
                if (s.heading()) return null;
                if (first < 0) first = s.index();
                count++;
            } else if (first >= 0) {
                break;
            }
        }
        if (count == 0) return null;

        // Reading the old paragraph alone must give what the whole-text reading gave, or the
        // paragraph is not as independent as it looks (a list continuation, say).
        ContractDocument before = readAlone(source.substring(paraStart, paraEnd), format);
        if (before == null || !before.text(before.blocks().get(0).plain()).equals(old.text(block.plain()))) return null;
        if (before.sentences().size() != count) return null;
        int offset = block.plain().start() - before.blocks().get(0).plain().start();
        for (int k = 0; k < count; k++) {
            Span alone = before.sentences().get(k).plain();
            Span inDoc = old.sentences().get(first + k).plain();
            if (alone.start() + offset != inDoc.start() || alone.end() + offset != inDoc.end()) return null;
        }
        ContractDocument after = readAlone(newSource.substring(paraStart, paraEnd + sourceDelta), format);
        if (after == null || after.blocks().get(0).plain().start() != before.blocks().get(0).plain().start()) return null;
        for (Sentence s : after.sentences()) if (s.heading()) return null;
        if (after.sentences().isEmpty()) return null;
        // Definitions in the paragraph may stay (typing elsewhere in it) but not change: the same
        // names, in the same order, in the whole reading and in both readings alone.
        int offsetAfter = block.plain().start() - after.blocks().get(0).plain().start();
        List<Definition> inDoc = definitions(old.terms(), block.plain(), 0);
        List<Definition> oldAlone = definitions(before.terms(), null, offset);
        List<Definition> newAlone = definitions(after.terms(), null, offsetAfter);
        if (!inDoc.equals(oldAlone) || !names(oldAlone).equals(names(newAlone))) return null;
        Map<Span, Span> movedDefinitions = new java.util.HashMap<>();
        for (int k = 0; k < inDoc.size(); k++) movedDefinitions.put(inDoc.get(k).at(), newAlone.get(k).at());

        Span newBlockInPart = after.blocks().get(0).plain();
        int plainStart = block.plain().start();
        int oldPlainEnd = block.plain().end();
        int plainDelta = newBlockInPart.length() - block.plain().length();
        Result where = new Result(null, b, first, count, after.sentences().size(), new Span(paraStart, paraEnd), sourceDelta,
                block.plain(), plainDelta);
        NormalizedText plain = old.plain().splice(plainStart, oldPlainEnd, after.plain(), newBlockInPart.start(),
                newBlockInPart.end(), paraStart, sourceDelta);

        List<Block> blocks = new ArrayList<>(old.blocks().size());
        for (int i = 0; i < old.blocks().size(); i++) {
            Block x = old.blocks().get(i);
            if (i < b) {
                blocks.add(x);
            } else if (i == b) {
                blocks.add(new Block(new Span(plainStart, plainStart + newBlockInPart.length()), x.type(), x.level(), -1,
                        x.sourceEnd() + sourceDelta));
            } else {
                blocks.add(new Block(shift(x.plain(), where), x.type(), x.level(), x.leadEnd() < 0 ? x.leadEnd() : where.plain(x.leadEnd()),
                        x.sourceEnd() + sourceDelta));
            }
        }
        List<Sentence> sentences = new ArrayList<>(old.sentences().size() + where.newSentences() - count);
        for (int i = 0; i < first; i++) sentences.add(old.sentences().get(i));
        int section = old.sentences().get(first).section();
        int moveIn = plainStart - newBlockInPart.start();
        for (Sentence s : after.sentences()) {
            sentences.add(new Sentence(sentences.size(), new Span(s.plain().start() + moveIn, s.plain().end() + moveIn), b, section, false));
        }
        for (int i = first + count; i < old.sentences().size(); i++) {
            Sentence s = old.sentences().get(i);
            sentences.add(new Sentence(sentences.size(), shift(s.plain(), where), s.block(), s.section(), s.heading()));
        }
        List<Section> sections = new ArrayList<>(old.sections().size());
        for (Section s : old.sections()) {
            sections.add(new Section(s.index(), s.number(), s.title(), shift(s.heading(), where), shift(s.extent(), where), s.rank(),
                    s.parent(), s.children(), s.lastBlock()));
        }
        String newText = plain.text();
        List<DefinedTerm> defined = new ArrayList<>(old.terms().size());
        for (DefinedTerm t : old.terms()) { // only the definitions matter for finding uses
            List<Span> redefinitions = new ArrayList<>();
            for (Span r : t.redefinitions()) redefinitions.add(movedDefinitions.getOrDefault(r, shift(r, where)));
            Span d = movedDefinitions.get(t.definition());
            defined.add(new DefinedTerm(t.name(), d != null ? d : shift(t.definition(), where), t.sentence(), List.of(), redefinitions));
        }
        Map<String, List<Span>> fresh = DefinedTermExtractor.usesIn(newText, plainStart, plainStart + newBlockInPart.length(), defined);
        List<DefinedTerm> terms = new ArrayList<>(old.terms().size());
        for (DefinedTerm t : old.terms()) {
            List<Span> uses = new ArrayList<>(t.uses().size() + 2);
            boolean added = false;
            for (Span u : t.uses()) {
                if (u.end() <= plainStart) {
                    uses.add(u);
                    continue;
                }
                if (!added) {
                    uses.addAll(fresh.getOrDefault(t.name(), List.of()));
                    added = true;
                }
                if (u.start() >= oldPlainEnd) uses.add(shift(u, where));
            }
            if (!added) uses.addAll(fresh.getOrDefault(t.name(), List.of()));
            List<Span> redefinitions = new ArrayList<>();
            for (Span r : t.redefinitions()) redefinitions.add(movedDefinitions.getOrDefault(r, shift(r, where)));
            Span definition = movedDefinitions.get(t.definition());
            Span sentence = definition == null ? shift(t.sentence(), where) : sentenceAround(sentences, definition);
            if (definition == null) definition = shift(t.definition(), where);
            terms.add(new DefinedTerm(t.name(), definition, sentence, List.copyOf(uses), List.copyOf(redefinitions)));
        }
        ContractDocument doc = new ContractDocument(newSource, format, plain, blocks, sections, sentences, terms, old.parties(),
                old.warnings());
        return new Result(doc, b, first, count, where.newSentences(), where.oldSource(), sourceDelta, block.plain(), plainDelta);
    }

    /** A term's definition (or redefinition) at a plain range. */
    private record Definition(String name, Span at) {
    }

    /** Definitions inside {@code within} (all when null), moved by {@code offset}, in text order. */
    private static List<Definition> definitions(List<DefinedTerm> terms, Span within, int offset) {
        List<Definition> out = new ArrayList<>();
        for (DefinedTerm t : terms) {
            List<Span> all = new ArrayList<>(t.redefinitions());
            all.add(0, t.definition());
            for (Span d : all) {
                if (within == null || within.contains(d.start())) {
                    out.add(new Definition(t.name(), new Span(d.start() + offset, d.end() + offset)));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Definition::at));
        return out;
    }

    private static List<String> names(List<Definition> defs) {
        return defs.stream().map(Definition::name).toList();
    }

    /** The plain range of the sentence holding a span (the new paragraph's sentences are in the list). */
    private static Span sentenceAround(List<Sentence> sentences, Span at) {
        for (Sentence s : sentences) if (s.plain().contains(at.start())) return s.plain();
        return at;
    }

    private static Span shift(Span s, Result where) {
        return new Span(where.plain(s.start()), where.plain(s.end()));
    }

    /**
     * Paragraphs read lately: while someone types in a paragraph, each edit's new reading is the
     * next edit's old one, and a long paragraph is then read once per keystroke instead of twice.
     */
    private static final Map<String, ContractDocument> RECENT_READINGS = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ContractDocument> eldest) {
            return size() > 4;
        }
    };

    /** The paragraph read as a contract of its own; null unless it is exactly one running-text block. */
    private static ContractDocument readAlone(String paragraph, DocumentFormat format) {
        String key = format.name() + '\u0000' + paragraph;
        synchronized (RECENT_READINGS) {
            ContractDocument known = RECENT_READINGS.get(key);
            if (known != null) return known;
        }
        ContractDocument doc = read(paragraph, format);
        if (doc != null) {
            synchronized (RECENT_READINGS) {
                RECENT_READINGS.put(key, doc);
            }
        }
        return doc;
    }

    private static ContractDocument read(String paragraph, DocumentFormat format) {
        ReadResult read = (format == DocumentFormat.MARKDOWN ? LineBlockReader.markdown() : LineBlockReader.plainText()).read(paragraph);
        if (read.blocks().size() != 1) return null;
        Block only = read.blocks().get(0);
        if (only.type() != BlockType.PARAGRAPH || only.leadEnd() >= 0) return null;
        return StructureParser.parse(paragraph, format, read, List.of(), NO_PARTIES);
    }

    /** The block whose source range holds the offset, or -1. */
    private static int blockAt(ContractDocument doc, int sourceOffset) {
        List<Block> blocks = doc.blocks();
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block m = blocks.get(mid);
            int start = m.plain().length() == 0 ? m.sourceEnd() : doc.toSource(m.plain()).start();
            if (start <= sourceOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return -1;
        return sourceOffset <= blocks.get(found).sourceEnd() ? found : -1;
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    private static int lineStart(String s, int offset) {
        int i = offset;
        while (i > 0 && s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r') i--;
        return i;
    }

    /** Whether the line before {@code lineStart} is blank (or there is none). */
    private static boolean blankBefore(String s, int lineStart) {
        if (lineStart == 0) return true;
        int i = lineStart - 1; // the line break ending the previous line
        if (s.charAt(i) == '\n' && i > 0 && s.charAt(i - 1) == '\r') i--;
        int end = i;
        int begin = lineStart(s, end);
        return s.substring(begin, end).isBlank();
    }

    /** Whether the paragraph ending at {@code end} is followed by a blank line or the end of the text. */
    private static boolean blankAfter(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            if (!Character.isWhitespace(s.charAt(i))) return false;
            i++;
        }
        if (i >= s.length()) return true;
        i += s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
        int lineEnd = i;
        while (lineEnd < s.length() && s.charAt(lineEnd) != '\n' && s.charAt(lineEnd) != '\r') lineEnd++;
        return s.substring(i, lineEnd).isBlank();
    }
}
