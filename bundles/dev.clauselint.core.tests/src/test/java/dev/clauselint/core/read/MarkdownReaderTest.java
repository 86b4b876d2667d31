package dev.clauselint.core.read;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReaderTest {

    @Test
    void atxHeadingIsAHeadingBlockWithItsLevelAndNoHashes() {
        ContractDocument d = md("## Fees ##\n\nYou pay the fees.\n");
        Block heading = d.blocks().get(0);
        assertEquals(BlockType.HEADING, heading.type());
        assertEquals(2, heading.level());
        assertEquals("Fees", d.text(heading.plain()));
    }

    @Test
    void boldMarkersAreStrippedFromThePlainText() {
        ContractDocument d = md("You **must not** share your key.\n");
        assertEquals(List.of("You must not share your key."), bodySentences(d));
    }

    @Test
    void boldSentenceMapsBackToTheMarkedUpSource() {
        String src = "Intro text here.\n\n**We may use your data.** You agree.\n";
        ContractDocument d = md(src);
        Sentence s = sentence(d, "We may use");
        assertEquals("We may use your data.", d.text(s));
        String source = sourceOf(d, s);
        assertTrue(source.startsWith("We"), source);
        assertTrue(source.endsWith("data."), source);
    }

    @Test
    void linkKeepsItsTextAndDropsItsTarget() {
        ContractDocument d = md("Read the [Usage Policy](https://example.com/policy.html). Then agree.\n");
        assertEquals(List.of("Read the Usage Policy.", "Then agree."), bodySentences(d));
    }

    @Test
    void sentenceWithALinkMapsToSourceIncludingTheLinkTarget() {
        String src = "Read the [Usage Policy](https://example.com/policy.html). Then agree.\n";
        ContractDocument d = md(src);
        assertEquals("Read the [Usage Policy](https://example.com/policy.html).", sourceOf(d, sentence(d, "Read")));
    }

    @Test
    void sentenceStartingInsideALinkMapsToTheLinkText() {
        String src = "Intro. [Acme](https://acme.example) may end access.\n";
        ContractDocument d = md(src);
        Sentence s = sentence(d, "Acme may");
        String source = sourceOf(d, s);
        assertTrue(source.startsWith("Acme"), source);
        assertTrue(source.endsWith("access."), source);
    }

    @Test
    void escapedCharactersAppearUnescapedAndMapToTheirEscapes() {
        String src = "Fees are \\*not\\* refundable \\[ever\\].\n";
        ContractDocument d = md(src);
        Sentence s = sentence(d, "Fees");
        assertEquals("Fees are *not* refundable [ever].", d.text(s));
        assertEquals(src.strip(), sourceOf(d, s));
    }

    @Test
    void entitiesAreDecodedAndMapToTheWholeEntity() {
        String src = "Fees &amp; taxes apply&nbsp;monthly. Ask&#64;us.\n";
        ContractDocument d = md(src);
        Sentence s = sentence(d, "Fees");
        assertEquals("Fees & taxes apply monthly.", d.text(s));
        assertEquals("Fees &amp; taxes apply&nbsp;monthly.", sourceOf(d, s));
    }

    @Test
    void inlineCodeBackticksAreStripped() {
        ContractDocument d = md("Send the `Authorization` header.\n");
        assertEquals(List.of("Send the Authorization header."), bodySentences(d));
    }

    @Test
    void inlineHtmlTagsAreStrippedAndBrIsASpace() {
        ContractDocument d = md("We <strong>may</strong> suspend<br/>your account.\n");
        assertEquals(List.of("We may suspend your account."), bodySentences(d));
    }

    @Test
    void underscoresInsideWordsAreKept() {
        ContractDocument d = md("Set the max_tokens parameter.\n");
        assertEquals(List.of("Set the max_tokens parameter."), bodySentences(d));
    }

    @Test
    void eachListItemIsItsOwnBlockWithoutItsBullet() {
        ContractDocument d = md("You must not:\n\n- copy the model\n- resell access\n");
        assertTrue(bodySentences(d).containsAll(List.of("copy the model", "resell access")), bodySentences(d).toString());
    }

    @Test
    void wrappedParagraphLinesJoinIntoOneSentence() {
        ContractDocument d = md("We may change these terms\nat any time without notice.\n");
        assertEquals(List.of("We may change these terms\nat any time without notice."), bodySentences(d));
    }

    @Test
    void blockquoteMarkersAreNotPartOfTheText() {
        ContractDocument d = md("> We may terminate at will.\n");
        assertEquals(List.of("We may terminate at will."), bodySentences(d));
    }

    @Test
    void tableCellsBecomeTextWithoutPipesOrDelimiterRow() {
        ContractDocument d = md("| Plan | Price |\n|---|---|\n| Pro | $20 |\n");
        String text = d.text();
        assertFalse(text.contains("|"), text);
        assertFalse(text.contains("---"), text);
        assertTrue(text.contains("Pro") && text.contains("$20"), text);
    }

    @Test
    void fencedCodeIsKeptVerbatimWithoutTheFence() {
        ContractDocument d = md("Terms.\n\n```\ncurl **x**\n```\n");
        assertFalse(d.text().contains("```"), d.text());
        assertTrue(d.text().contains("curl **x**"), d.text());
    }

    @Test
    void thematicBreakIsNotText() {
        ContractDocument d = md("First part.\n\n---\n\nSecond part.\n");
        assertEquals(List.of("First part.", "Second part."), bodySentences(d));
    }

    @Test
    void blocksAreSeparatedSoNoSentenceRunsAcrossThem() {
        ContractDocument d = md("No period at the end\n\nNext paragraph here.\n");
        assertEquals(List.of("No period at the end", "Next paragraph here."), bodySentences(d));
    }

    @Test
    void blockSourceEndIsAfterTheBlocksMarkup() {
        String src = "# Title\n\nWe may **end** it.\n\nLast.\n";
        ContractDocument d = md(src);
        Block body = d.blocks().get(1);
        assertEquals(src.indexOf("it.") + 3, body.sourceEnd());
    }

    @Test
    void crlfLineEndingsLeaveNoCarriageReturnsAndMapBack() {
        String src = "# Fees\r\n\r\nYou pay monthly.\r\nWe may raise prices.\r\n";
        ContractDocument d = md(src);
        assertFalse(d.text().contains("\r"));
        Sentence s = sentence(d, "We may");
        assertEquals("We may raise prices.", sourceOf(d, s));
    }

    @Test
    void underlineAsTheFirstLineIsReadAsTextNotACrash() {
        ContractDocument d = md("===\nYou pay the fees.\n");
        assertTrue(String.join(" ", bodySentences(d)).contains("You pay the fees."), bodySentences(d)::toString);
    }

    @Test
    void byteOrderMarkDoesNotHideTheTitleHeading() {
        ContractDocument d = md("\uFEFF# Terms\n\nYou pay the fees.\n");
        assertEquals(BlockType.HEADING, d.blocks().get(0).type());
        assertEquals("Terms", d.text(d.blocks().get(0).plain()));
    }
}
