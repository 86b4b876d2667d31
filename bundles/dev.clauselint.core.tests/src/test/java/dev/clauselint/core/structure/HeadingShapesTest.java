package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.numbers;
import static dev.clauselint.core.read.TestDocs.section;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static dev.clauselint.core.read.TestDocs.titles;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingShapesTest {

    @Test
    void markdownAtxHeading() {
        ContractDocument d = md("# Terms of Service\n\nYou agree.\n");
        assertEquals(List.of("Terms of Service"), titles(d));
    }

    @Test
    void markdownAtxHeadingWithNumberSplitsNumberAndTitle() {
        ContractDocument d = md("## 3. Fees and Payment\n\nYou pay.\n");
        Section s = section(d, "Fees and Payment");
        assertEquals("3", s.number());
    }

    @Test
    void setextHeadingsWithEqualsAndDashes() {
        ContractDocument d = md("Terms of Service\n================\n\nIntro text.\n\nPayment terms\n-------------\n\nYou pay.\n");
        assertEquals(List.of("Terms of Service", "Payment terms"), titles(d));
        assertEquals(List.of("Intro text.", "You pay."), bodySentences(d));
    }

    @Test
    void setextUnderlineInPlainText() {
        ContractDocument d = txt("TERMS OF USE\n============\n\nYou agree to these terms.\n");
        assertEquals(List.of("TERMS OF USE"), titles(d));
        assertEquals(List.of("You agree to these terms."), bodySentences(d));
        assertEquals(dev.clauselint.core.model.BlockType.HEADING, d.blocks().get(0).type());
    }

    @Test
    void numberedLineHeading() {
        ContractDocument d = txt("1. Definitions\n\nWords have meanings.\n\n2. Fees\n\nYou pay.\n");
        assertEquals(List.of("Definitions", "Fees"), titles(d));
        assertEquals(List.of("1", "2"), numbers(d));
    }

    @Test
    void decimalNumberedHeading() {
        ContractDocument d = txt("3.1 Payment Terms\n\nYou pay monthly.\n");
        Section s = section(d, "Payment Terms");
        assertEquals("3.1", s.number());
    }

    @Test
    void lowercaseLetterHeading() {
        ContractDocument d = txt("a. Scope of Use\n\nYou may use it.\n");
        assertEquals("a", section(d, "Scope of Use").number());
    }

    @Test
    void parenthesisedRomanHeading() {
        ContractDocument d = txt("(iv) Export Controls\n\nYou comply with export law.\n");
        assertEquals("iv", section(d, "Export Controls").number());
    }

    @Test
    void parenthesisedLetterHeading() {
        ContractDocument d = txt("(a) Scope\n\nYou may use it.\n");
        assertEquals("a", section(d, "Scope").number());
    }

    @Test
    void sectionWordHeading() {
        ContractDocument d = txt("Section 3 - Fees\n\nYou pay.\n\nSECTION 4: TERMINATION\n\nEither party may end it.\n");
        assertEquals(List.of("Fees", "TERMINATION"), titles(d));
        assertEquals(List.of("3", "4"), numbers(d));
    }

    @Test
    void articleWithRomanNumeral() {
        ContractDocument d = txt("Article IV - Warranties\n\nNone are given.\n");
        assertEquals("IV", section(d, "Warranties").number());
    }

    @Test
    void allCapsLineHeading() {
        ContractDocument d = txt("LIMITATION OF LIABILITY\n\nOur liability is limited.\n");
        assertEquals(List.of("LIMITATION OF LIABILITY"), titles(d));
        assertEquals(List.of("Our liability is limited."), bodySentences(d));
    }

    @Test
    void allCapsSentenceEndingInACommaIsNotAHeading() {
        ContractDocument d = txt("Intro.\n\nTO THE MAXIMUM EXTENT PERMITTED BY LAW,\nWE DISCLAIM ALL WARRANTIES.\n");
        assertTrue(titles(d).isEmpty(), titles(d).toString());
    }

    @Test
    void boldNumberedParagraphHeading() {
        ContractDocument d = md("**3. Fees**\n\nYou pay all fees.\n");
        assertEquals("3", section(d, "Fees").number());
        assertEquals(List.of("You pay all fees."), bodySentences(d));
    }

    @Test
    void boldRunInHeadingSplitsTitleFromBody() {
        String src = "**3. Fees.** Customer pays all fees. Fees are non-refundable.\n";
        ContractDocument d = md(src);
        Section s = section(d, "Fees");
        assertEquals("3", s.number());
        assertEquals(List.of("Customer pays all fees.", "Fees are non-refundable."), bodySentences(d));
    }

    @Test
    void boldRunInHeadingSpanPointsAtTheSourceHeading() {
        String src = "**3.2 Taxes.** Customer pays all taxes.\n";
        ContractDocument d = md(src);
        Section s = section(d, "Taxes");
        String source = sourceOf(d, s.heading());
        assertTrue(source.startsWith("3.2") || source.startsWith("**3.2"), source);
        assertTrue(source.contains("Taxes"), source);
    }

    @Test
    void plainRunInNumberedHeading() {
        ContractDocument d = txt("3.1 Payment. Customer will pay within 30 days.\n");
        assertEquals("3.1", section(d, "Payment").number());
        assertEquals(List.of("Customer will pay within 30 days."), bodySentences(d));
    }

    @Test
    void numberedSentenceIsNotAHeading() {
        ContractDocument d = txt("1. You must be at least 18 years old to use the services we provide here.\n");
        assertTrue(titles(d).isEmpty(), titles(d).toString());
    }

    @Test
    void numberedLineWithTwoSentencesKeepsItsSentencesAsBody() {
        ContractDocument d = txt("Intro.\n\n2. Customer pays. Customer's data remains Customer's.\n");
        assertTrue(bodySentences(d).contains("Customer's data remains Customer's."), bodySentences(d).toString());
    }

    @Test
    void shortLineWithTwoSentencesIsNotAHeading() {
        ContractDocument d = txt("Intro.\n\nSecond Point Here. Last One\n");
        assertEquals(List.of("Intro.", "Second Point Here.", "Last One"), bodySentences(d));
    }

    @Test
    void htmlHeadingElementWithNumber() {
        ContractDocument d = dev.clauselint.core.read.TestDocs.html("<h2>4.2 Data Use</h2><p>We may use data.</p>");
        assertEquals("4.2", section(d, "Data Use").number());
    }

    @Test
    void longParagraphIsNeverAHeading() {
        ContractDocument d = txt("We may suspend or terminate your access to the services at any time for any reason.\n");
        assertTrue(d.sections().isEmpty());
    }
}
