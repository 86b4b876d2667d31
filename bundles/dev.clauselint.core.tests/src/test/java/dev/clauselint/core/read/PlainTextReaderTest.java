package dev.clauselint.core.read;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextReaderTest {

    @Test
    void plainTextKeepsMarkdownLookalikeCharactersLiterally() {
        ContractDocument d = txt("Fees are **not** refundable [see below](x).\n");
        assertEquals(List.of("Fees are **not** refundable [see below](x)."), bodySentences(d));
    }

    @Test
    void sentenceAfterSeveralBlankLinesMapsToItsSource() {
        String src = "Intro.\n\n\n\nWe may suspend the Services at any time.\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "We may");
        Span source = d.toSource(s.plain());
        assertEquals("We may suspend the Services at any time.", src.substring(source.start(), source.end()));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        ContractDocument d = txt("We provide the service\n\nyou pay for it\n");
        assertEquals(List.of("We provide the service", "you pay for it"), bodySentences(d));
    }

    @Test
    void tabsBecomeSpacesWithoutMovingOffsets() {
        String src = "You\tmay\tcancel.\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "You");
        assertEquals("You may cancel.", d.text(s));
        Span source = d.toSource(s.plain());
        assertEquals("You\tmay\tcancel.", src.substring(source.start(), source.end()));
    }

    @Test
    void crlfPlainTextMapsSentencesToTheirSource() {
        String src = "Section 1 Fees\r\n\r\nYou pay.\r\nWe bill monthly.\r\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "We bill");
        Span source = d.toSource(s.plain());
        assertEquals("We bill monthly.", src.substring(source.start(), source.end()));
    }
}
