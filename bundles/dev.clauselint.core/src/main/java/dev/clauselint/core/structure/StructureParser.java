package dev.clauselint.core.structure;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Parties;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.read.ReadResult;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the contract model from a reader's blocks: sections, sentences, defined terms, parties. */
public final class StructureParser {
    /** "3.1 Payment. Customer will pay..." : a numbered run-in heading written without markup. */
    private static final Pattern RUN_IN = Pattern.compile(
            "^((?:Section\\s+)?(?:\\d{1,3}|[A-Z])(?:\\.\\d{1,3}){0,4}\\.?)\\s+([A-Z][\\p{L}\\p{N}'\u2019 ,&/()-]{1,60}?)[.:]\\s+(?=[\\p{Lu}\"\u201C(])");

    /** A run-in "title" with a verb is the first sentence of a numbered clause, not a heading. */
    private static final Pattern ACTS = Pattern.compile(
            "\\b(?:will|shall|may|must|can|agrees?|pays?|provides?|is|are|has|have|does|do)\\b", Pattern.CASE_INSENSITIVE);

    private StructureParser() {
    }

    public static ContractDocument parse(String source, DocumentFormat format, ReadResult read, List<String> warnings) {
        return parse(source, format, read, warnings, null);
    }

    /**
     * The same with the parties given instead of detected: a paragraph re-read after an edit
     * keeps the contract's parties, and detecting them is half the cost of reading it.
     */
    static ContractDocument parse(String source, DocumentFormat format, ReadResult read, List<String> warnings, Parties known) {
        String text = read.plain().text();
        SectionTreeBuilder tree = new SectionTreeBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = read.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Span span = block.plain();
            String blockText = text.substring(span.start(), span.end());
            if (block.type() == BlockType.HEADING) {
                HeadingShape shape = HeadingDetector.classify(blockText, true);
                if (shape == null) shape = HeadingDetector.lead(blockText);
                int s = tree.open("h" + block.level(), shape.number(), shape.title(), span, b);
                sentences.add(new Sentence(sentences.size(), span, b, s, true));
                tree.cover(span, b);
                continue;
            }
            int bodyStart = span.start();
            int leadEnd = block.leadEnd();
            HeadingShape leadShape = null;
            if (leadEnd > span.start() && leadEnd < span.end()) {
                // **"Platform"** means ... : a bold quoted lead is the term being defined, not a heading
                String lead = text.substring(span.start(), leadEnd).strip();
                if (!lead.isEmpty() && "\"\u201C\u2018".indexOf(lead.charAt(0)) < 0) leadShape = HeadingDetector.lead(lead);
            } else if (blockText.indexOf('\n') < 0 && (leadShape = HeadingDetector.classify(blockText, true)) != null) {
                leadEnd = span.end();
            } else {
                Matcher m = RUN_IN.matcher(blockText);
                if (m.find() && HeadingDetector.titleLike(m.group(2), 8) && !ACTS.matcher(m.group(2)).find()) {
                    leadShape = HeadingDetector.lead(blockText.substring(0, m.end()));
                    leadEnd = span.start() + m.end();
                    while (leadEnd > span.start() && Character.isWhitespace(text.charAt(leadEnd - 1))) leadEnd--;
                }
            }
            if (leadShape != null) {
                Span heading = new Span(span.start(), leadEnd);
                int s = tree.open(leadShape.style(), leadShape.number(), leadShape.title(), heading, b);
                sentences.add(new Sentence(sentences.size(), heading, b, s, true));
                bodyStart = leadEnd;
            }
            tree.cover(span, b);
            int section = tree.current();
            for (Span sentence : SentenceSplitter.split(text, bodyStart, span.end())) {
                sentences.add(new Sentence(sentences.size(), sentence, b, section, false));
            }
        }
        List<Section> sections = tree.build();
        DefinedTermExtractor.Result extracted = DefinedTermExtractor.extractAll(text, sentences);
        List<DefinedTerm> terms = extracted.terms();
        Parties parties = known != null ? known : PartyDetector.detect(text, sentences, extracted);
        return new ContractDocument(source, format, read.plain(), blocks, sections, sentences, terms, parties, warnings);
    }
}
