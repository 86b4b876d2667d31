package dev.clauselint.core.read;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Sentence;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractReaderInputTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else if (p instanceof int[] raw) for (int b : raw) out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void emptyTextIsAnEmptyDocument() {
        ContractDocument d = md("");
        assertTrue(d.sentences().isEmpty());
        assertTrue(d.sections().isEmpty());
        assertTrue(d.terms().isEmpty());
        assertEquals(0, d.titleSpan().length());
    }

    @Test
    void whitespaceOnlyTextIsAnEmptyDocument() {
        for (String name : List.of("a.md", "a.txt", "a.html")) {
            ContractDocument d = TestDocs.read(" \n\r\n\t \u00A0\n", name);
            assertTrue(d.sentences().isEmpty(), name);
        }
    }

    @Test
    void emptyBytesAreAnEmptyDocument() throws Exception {
        ContractDocument d = new ContractReader().read(new byte[0], "terms.md");
        assertTrue(d.sentences().isEmpty());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void binaryBytesAreRefusedWithAClearMessage() {
        byte[] png = bytes(new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new ContractReader().read(png, "terms.md"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void controlCharacterSoupIsRefusedAsBinary() {
        byte[] data = new byte[200];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        assertThrows(UnreadableInputException.class, () -> new ContractReader().read(data, "x.txt"));
    }

    @Test
    void invalidUtf8IsReplacedAndWarnedAboutNamingTheLine() throws Exception {
        byte[] data = bytes("# Terms\n\nYou agree.\nWe may caf", new int[]{0xE9}, " change.\n");
        ContractDocument d = new ContractReader().read(data, "terms.md");
        assertTrue(d.text().contains("caf\uFFFD change"), d.text());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        String warning = d.warnings().get(0);
        assertTrue(warning.contains("UTF-8"), warning);
        assertTrue(warning.contains("line 4"), warning);
    }

    @Test
    void validUtf8GivesNoWarning() throws Exception {
        ContractDocument d = new ContractReader().read(bytes("Caf\u00E9 \u201Cterms\u201D \u00A7 2.\n"), "t.txt");
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertTrue(d.text().contains("Caf\u00E9"));
    }

    @Test
    void utf8ByteOrderMarkIsNotText() throws Exception {
        ContractDocument d = new ContractReader().read(bytes(new int[]{0xEF, 0xBB, 0xBF}, "# Terms\n\nYou agree.\n"), "t.md");
        assertEquals("Terms", d.sections().get(0).title());
        assertFalse(d.text().contains("\uFEFF"));
    }

    @Test
    void crlfTextSplitsLikeLf() {
        ContractDocument lf = md("# Fees\n\nYou pay.\nWe bill.\n\n## Taxes\n\nYou pay taxes.\n");
        ContractDocument crlf = md("# Fees\r\n\r\nYou pay.\r\nWe bill.\r\n\r\n## Taxes\r\n\r\nYou pay taxes.\r\n");
        assertEquals(TestDocs.sentences(lf), TestDocs.sentences(crlf));
        assertEquals(TestDocs.titles(lf), TestDocs.titles(crlf));
    }

    @Test
    void bareCarriageReturnsDoNotBreakReading() {
        ContractDocument d = txt("We may end this.\rYou agree.\r");
        assertFalse(d.text().contains("\r"));
        assertFalse(bodySentences(d).isEmpty());
    }

    @Test
    void nonBreakingSpacesBecomeSpacesAndMapBack() {
        String src = "We\u00A0may\u202Fterminate at\u2007will.\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "We");
        assertEquals("We may terminate at will.", d.text(s));
        assertEquals(src.strip(), sourceOf(d, s));
    }

    @Test
    void zeroWidthCharactersAreRemovedSoWordsMatch() {
        String src = "We may tr\u200Bain on your da\u200Dta and\u00AD more.\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "We");
        assertEquals("We may train on your data and more.", d.text(s));
        assertEquals(src.strip(), sourceOf(d, s));
    }

    @Test
    void mixedAndUnbalancedQuotesDoNotBreakSentencesOrTerms() {
        String src = "The \u201CService\" means the API. Customer\u2019s \"Data\u201D stays hers. An \u201Cunclosed quote (and paren. "
                + "We may end \"it.\n";
        ContractDocument d = assertDoesNotThrow(() -> md(src));
        assertTrue(bodySentences(d).size() >= 3, bodySentences(d).toString());
        assertTrue(bodySentences(d).get(bodySentences(d).size() - 1).startsWith("We may end"), bodySentences(d).toString());
    }

    @Test
    void textAboveTheSizeLimitIsRefusedWithAClearMessage() {
        ContractReader small = new ContractReader(1000);
        String text = "You agree. ".repeat(200);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> small.read(text, "t.md"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        // the message must tell the user the sizes, not "0 MB; the limit is 0 MB"
        assertFalse(e.getMessage().contains(" 0 MB"), e.getMessage());
        assertTrue(e.getMessage().contains("1,000") || e.getMessage().contains("1000") || e.getMessage().contains("1 KB"),
                e.getMessage());
    }

    @Test
    void sizeLimitAppliesToTextOfAKnownFormat() {
        ContractReader small = new ContractReader(100);
        assertThrows(UnreadableInputException.class, () -> small.read("x".repeat(101), DocumentFormat.MARKDOWN));
    }

    @Test
    void sizeLimitAppliesToBytes() {
        ContractReader small = new ContractReader(100);
        byte[] data = "a ".repeat(300).getBytes(StandardCharsets.UTF_8);
        assertThrows(UnreadableInputException.class, () -> small.read(data, "t.txt"));
    }

    @Test
    void textAtTheSizeLimitIsRead() {
        ContractReader small = new ContractReader(100);
        assertDoesNotThrow(() -> small.read("x".repeat(100), "t.txt"));
    }

    @Test
    void controlCharactersInTextAreSpacesNotBreakingSpans() {
        String src = "We may\u0007 stop\u0000 now.\n";
        ContractDocument d = txt(src);
        Sentence s = sentence(d, "We");
        assertEquals(src.strip(), sourceOf(d, s));
    }
}
