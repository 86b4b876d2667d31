package dev.clauselint.core.read;

import dev.clauselint.core.model.DocumentFormat;
import org.junit.jupiter.api.Test;

import static dev.clauselint.core.read.TestDocs.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormatDetectionTest {

    @Test
    void markdownExtensions() {
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.fromFileName("terms.md"));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.fromFileName("TERMS.MARKDOWN"));
    }

    @Test
    void htmlExtensions() {
        assertEquals(DocumentFormat.HTML, DocumentFormat.fromFileName("tos.html"));
        assertEquals(DocumentFormat.HTML, DocumentFormat.fromFileName("tos.HTM"));
    }

    @Test
    void textExtension() {
        assertEquals(DocumentFormat.PLAIN_TEXT, DocumentFormat.fromFileName("contract.txt"));
    }

    @Test
    void unknownExtensionSaysNothing() {
        assertNull(DocumentFormat.fromFileName("contract.pdf.bak"));
        assertNull(DocumentFormat.fromFileName("LICENSE"));
    }

    @Test
    void extensionWinsOverContent() {
        assertEquals(DocumentFormat.PLAIN_TEXT, read("# Looks like markdown\n\n**bold**", "notes.txt").format());
        assertEquals(DocumentFormat.MARKDOWN, read("<p>looks like html</p>", "notes.md").format());
    }

    @Test
    void htmlSniffedFromDoctype() {
        assertEquals(DocumentFormat.HTML, read("<!DOCTYPE html><html><body><p>Hi.</p></body></html>", "terms").format());
    }

    @Test
    void htmlSniffedFromParagraphTagsAfterLeadingWhitespace() {
        assertEquals(DocumentFormat.HTML, read("\n\n  <div><p>We may.</p></div>", null).format());
    }

    @Test
    void markdownSniffedFromAtxHeading() {
        assertEquals(DocumentFormat.MARKDOWN, read("Intro\n\n## Fees\n\nYou pay.", "terms").format());
    }

    @Test
    void markdownSniffedFromBoldOrLinks() {
        assertEquals(DocumentFormat.MARKDOWN, read("**1. Fees.** You pay.", "terms").format());
        assertEquals(DocumentFormat.MARKDOWN, read("See [policy](https://x.example).", "terms").format());
    }

    @Test
    void markdownSniffedFromSetextUnderline() {
        assertEquals(DocumentFormat.MARKDOWN, read("Terms of Service\n================\n\nYou agree.", "terms").format());
    }

    @Test
    void plainTextWhenNothingElseFits() {
        assertEquals(DocumentFormat.PLAIN_TEXT, read("TERMS OF USE\n\n1. You agree to pay.", "terms").format());
    }

    @Test
    void sniffedHtmlIsReadAsHtml() {
        var d = read("<html><body><p>We &amp; you.</p></body></html>", null);
        assertEquals("We & you.", d.text());
    }
}
