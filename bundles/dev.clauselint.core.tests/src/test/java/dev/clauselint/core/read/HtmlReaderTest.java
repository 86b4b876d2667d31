package dev.clauselint.core.read;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.html;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    @Test
    void headingElementsAreHeadingBlocksWithTheirLevel() {
        ContractDocument d = html("<html><body><h2>Fees</h2><p>You pay.</p></body></html>");
        Block h = d.blocks().get(0);
        assertEquals(BlockType.HEADING, h.type());
        assertEquals(2, h.level());
        assertEquals("Fees", d.text(h.plain()));
    }

    @Test
    void paragraphsAreSeparateBlocks() {
        ContractDocument d = html("<p>We provide it</p><p>you pay for it</p>");
        assertEquals(List.of("We provide it", "you pay for it"), bodySentences(d));
    }

    @Test
    void entitiesAreDecoded() {
        ContractDocument d = html("<p>Fees &amp; taxes are due&nbsp;monthly &mdash; always.</p>");
        assertEquals(List.of("Fees & taxes are due monthly \u2014 always."), bodySentences(d));
    }

    @Test
    void sentenceWithEntitiesMapsToTheExactSourceText() {
        String src = "<p>Intro.</p><p>Fees &amp; taxes are due&nbsp;monthly. Next.</p>";
        ContractDocument d = html(src);
        assertEquals("Fees &amp; taxes are due&nbsp;monthly.", sourceOf(d, sentence(d, "Fees")));
    }

    @Test
    void sentenceAcrossNestedInlineTagsMapsFromFirstWordToLastChar() {
        String src = "<p>You <b>will <i>pay</i></b> all <a href=\"/fees\">fees</a> on time. We may change them.</p>";
        ContractDocument d = html(src);
        Sentence s = sentence(d, "You will");
        assertEquals("You will pay all fees on time.", d.text(s));
        assertEquals("You <b>will <i>pay</i></b> all <a href=\"/fees\">fees</a> on time.", sourceOf(d, s));
    }

    @Test
    void sentenceThatStartsWithATagMapsFromItsFirstWord() {
        String src = "<p><strong>We may</strong> suspend you.</p>";
        ContractDocument d = html(src);
        String source = sourceOf(d, sentence(d, "We may"));
        assertTrue(source.startsWith("We may"), source);
        assertTrue(source.endsWith("suspend you."), source);
    }

    @Test
    void numericEntityMapsToItsWholeReference() {
        String src = "<p>Acme&#8217;s rights survive.</p>";
        ContractDocument d = html(src);
        Sentence s = sentence(d, "Acme");
        assertEquals("Acme\u2019s rights survive.", d.text(s));
        assertEquals("Acme&#8217;s rights survive.", sourceOf(d, s));
    }

    @Test
    void scriptsStylesAndHeadAreNotText() {
        ContractDocument d = html("<html><head><title>T</title><style>p{color:red}</style></head><body>"
                + "<p>Real text.</p><script>var s = \"We may sell your data.\";</script></body></html>");
        assertEquals(List.of("Real text."), bodySentences(d));
    }

    @Test
    void whitespaceAndNewlinesInsideAParagraphCollapse() {
        ContractDocument d = html("<p>We   may\n   terminate\tat will.</p>");
        assertEquals(List.of("We may terminate at will."), bodySentences(d));
    }

    @Test
    void listItemsAreSeparateBlocks() {
        ContractDocument d = html("<ul><li>You may not copy the model.</li><li>You may not resell access.</li></ul>");
        assertEquals(List.of("You may not copy the model.", "You may not resell access."), bodySentences(d));
    }

    @Test
    void brokenHtmlStillYieldsTextWithCorrectSpans() {
        String src = "<p>Broken <b>bold text. <p>Second para &copy; Acme. Last one";
        ContractDocument d = html(src);
        assertTrue(d.text().contains("Second para \u00A9 Acme."), d.text());
        assertEquals("Second para &copy; Acme.", sourceOf(d, sentence(d, "Second")));
        assertEquals("Last one", sourceOf(d, sentence(d, "Last")));
    }

    @Test
    void unclosedTagsAtTheEndDoNotLoseText() {
        ContractDocument d = html("<div><p>We may end this <i>at any time");
        assertEquals(List.of("We may end this at any time"), bodySentences(d));
    }

    @Test
    void bareAmpersandIsKeptAsText() {
        String src = "<p>Terms & conditions apply.</p>";
        ContractDocument d = html(src);
        assertEquals("Terms & conditions apply.", sourceOf(d, sentence(d, "Terms")));
    }

    @Test
    void everySentenceMapsIntoTheSource() {
        String src = "<h1>Acme&nbsp;Terms</h1>\n<p>You <em>agree</em>.</p><table><tr><td>Fee</td><td>$5</td></tr></table>";
        ContractDocument d = html(src);
        for (Sentence s : d.sentences()) {
            var span = d.toSource(s.plain());
            assertTrue(span.end() <= src.length(), span.toString());
            assertFalse(sourceOf(d, s).isBlank());
        }
    }

    @Test
    void blockSourceEndIsAfterTheClosingTag() {
        String src = "<p>One.</p><p>Two.</p>";
        ContractDocument d = html(src);
        assertEquals(src.indexOf("</p>") + 4, d.blocks().get(0).sourceEnd());
    }

    @Test
    void truncatedMarkupNeverPutsABlockEndPastTheSource() {
        for (String src : List.of("!<!", "<p>We may<", "<p>x</p><", "<div>Terms</")) {
            ContractDocument d = html(src);
            for (Block b : d.blocks()) {
                assertTrue(b.sourceEnd() <= src.length(), src + ": block ends at " + b.sourceEnd());
            }
        }
    }
}
