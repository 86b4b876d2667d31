package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.parentTitle;
import static dev.clauselint.core.read.TestDocs.section;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionTreeTest {

    @Test
    void markdownLevelsNest() {
        ContractDocument d = md("# Terms\n\n## Fees\n\n### Taxes\n\nPay them.\n\n## Termination\n\nEnd it.\n");
        assertNull(parentTitle(d, "Terms"));
        assertEquals("Terms", parentTitle(d, "Fees"));
        assertEquals("Fees", parentTitle(d, "Taxes"));
        assertEquals("Terms", parentTitle(d, "Termination"));
    }

    @Test
    void childrenAreListedInOrder() {
        ContractDocument d = md("# Terms\n\n## A Part\n\nx.\n\n## B Part\n\ny.\n");
        Section terms = section(d, "Terms");
        assertEquals(List.of(section(d, "A Part").index(), section(d, "B Part").index()), terms.children());
    }

    @Test
    void decimalNumbersNestUnderTheirWholeNumber() {
        ContractDocument d = txt("1. Services\n\n1.1 Access\n\nYou may use it.\n\n1.2 Limits\n\nNot too much.\n\n2. Fees\n\nYou pay.\n");
        assertEquals("Services", parentTitle(d, "Access"));
        assertEquals("Services", parentTitle(d, "Limits"));
        assertNull(parentTitle(d, "Fees"));
    }

    @Test
    void lettersNestUnderNumbersAndRomansUnderLetters() {
        ContractDocument d = txt("1. Use\n\n(a) Scope\n\n(i) Internal Use\n\nText one.\n\n(ii) External Use\n\nText two.\n\n"
                + "(b) Limits\n\nText three.\n\n2. Fees\n\nYou pay.\n");
        assertEquals("Use", parentTitle(d, "Scope"));
        assertEquals("Scope", parentTitle(d, "Internal Use"));
        assertEquals("Scope", parentTitle(d, "External Use"));
        assertEquals("Use", parentTitle(d, "Limits"));
        assertNull(parentTitle(d, "Fees"));
    }

    @Test
    void romanOneAfterLetterBIsARomanNotTheLetterI() {
        ContractDocument d = txt("(a) Scope\n\nText.\n\n(b) Limits\n\nText.\n\n(i) First Limit\n\nText.\n\n(ii) Second Limit\n\nText.\n");
        assertEquals("Limits", parentTitle(d, "First Limit"));
        assertEquals("Limits", parentTitle(d, "Second Limit"));
    }

    @Test
    void letterIAfterLetterHStaysALetter() {
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'i'; c++) sb.append("(").append(c).append(") Item ").append(Character.toUpperCase(c)).append("\n\nText.\n\n");
        ContractDocument d = txt(sb.toString());
        assertNull(parentTitle(d, "Item I"));
        assertEquals(section(d, "Item A").rank(), section(d, "Item I").rank());
    }

    @Test
    void boldRunInLetterAndStandaloneLetterNestAlike() {
        ContractDocument d = md("## 1. Use\n\n(a) Scope\n\nText one.\n\n**(b) Limits.** Text two.\n");
        assertEquals("Use", parentTitle(d, "Scope"));
        assertEquals("Use", parentTitle(d, "Limits"));
    }

    @Test
    void boldNumberedHeadingsAndRunInSubsectionsNest() {
        ContractDocument d = md("**1. Services**\n\n**1.1 Access.** You may use it.\n\n**1.2 Limits.** Not too much.\n\n**2. Fees**\n\nYou pay.\n");
        assertEquals("Services", parentTitle(d, "Access"));
        assertEquals("Services", parentTitle(d, "Limits"));
        assertNull(parentTitle(d, "Fees"));
    }

    @Test
    void titleFollowedByNumberedSectionsNestsThemUnderTheTitle() {
        ContractDocument d = md("# Acme Terms\n\n## 1. Services\n\nText.\n\n## 2. Fees\n\nText.\n");
        assertEquals("Acme Terms", parentTitle(d, "Services"));
        assertEquals("Acme Terms", parentTitle(d, "Fees"));
    }

    @Test
    void sentenceKnowsItsInnermostSection() {
        ContractDocument d = md("# Terms\n\n## Fees\n\nYou pay monthly.\n");
        Sentence s = sentence(d, "You pay");
        assertEquals("Fees", d.sections().get(s.section()).title());
        assertEquals(List.of("Terms", "Fees"), d.sectionPath(s).stream().map(Section::title).toList());
    }

    @Test
    void textBeforeTheFirstHeadingBelongsToNoSection() {
        ContractDocument d = md("Preamble text.\n\n# Terms\n\nBody.\n");
        assertEquals(-1, sentence(d, "Preamble").section());
    }

    @Test
    void sectionExtentCoversItsSubsectionsAndStopsAtTheNextSibling() {
        String src = "# Terms\n\n## Fees\n\nYou pay.\n\n### Taxes\n\nTaxes too.\n\n## Termination\n\nEnd it.\n";
        ContractDocument d = md(src);
        Section fees = section(d, "Fees");
        assertTrue(fees.extent().contains(sentence(d, "Taxes too").plain()));
        assertTrue(!fees.extent().contains(sentence(d, "End it").plain()));
        assertTrue(section(d, "Terms").extent().contains(sentence(d, "End it").plain()));
    }

    @Test
    void headingSentenceIsMarkedAsHeading() {
        ContractDocument d = md("## Fees\n\nYou pay.\n");
        assertTrue(sentence(d, "Fees").heading());
        assertTrue(!sentence(d, "You pay").heading());
    }

    @Test
    void titleSpanIsTheFirstHeading() {
        ContractDocument d = md("# Acme Terms\n\nYou agree.\n");
        assertEquals("Acme Terms", d.text(d.titleSpan()));
    }
}
