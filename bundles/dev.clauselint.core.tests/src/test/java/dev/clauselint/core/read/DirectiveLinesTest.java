package dev.clauselint.core.read;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DocumentFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.clauselint.core.read.TestDocs.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Directive lines are read as directives, and the readers never take them for contract text. */
class DirectiveLinesTest {

    @Test
    void eachFormOfDirectiveIsRecognised() {
        assertEquals(new Directive(Directive.Kind.NEXT_LINE, Set.of("a.b")), Directive.parse("<!-- clauselint-disable-next-line a.b -->", DocumentFormat.MARKDOWN));
        assertEquals(new Directive(Directive.Kind.DISABLE, Set.of("a.b", "c-d")), Directive.parse("  <!--clauselint-disable a.b,c-d-->  ", DocumentFormat.HTML));
        assertEquals(new Directive(Directive.Kind.ENABLE, Set.of()), Directive.parse("<!-- clauselint-enable -->", DocumentFormat.MARKDOWN));
        assertEquals(new Directive(Directive.Kind.FILE, Set.of("x")), Directive.parse("<!-- clauselint-disable-file x: the reason -->", DocumentFormat.MARKDOWN));
        assertEquals(new Directive(Directive.Kind.NEXT_LINE, Set.of("a")), Directive.parse("// clauselint-disable-next-line a", DocumentFormat.PLAIN_TEXT));
        assertEquals(new Directive(Directive.Kind.FILE, Set.of()), Directive.parse("%% clauselint-disable-file", DocumentFormat.PLAIN_TEXT));
        assertEquals(new Directive(Directive.Kind.ENABLE, Set.of("a")), Directive.parse("<!-- clauselint-enable a -->", DocumentFormat.PLAIN_TEXT));
    }

    @Test
    void lookalikesAreNotDirectives() {
        assertNull(Directive.parse("// clauselint-disable a", DocumentFormat.MARKDOWN), "slash comments are text in Markdown");
        assertNull(Directive.parse("<!-- clauselint-disabled a -->", DocumentFormat.MARKDOWN), "unknown word");
        assertNull(Directive.parse("Text <!-- clauselint-disable a -->", DocumentFormat.MARKDOWN), "not on its own line");
        assertNull(Directive.parse("<!-- clauselint-disable a --> text", DocumentFormat.MARKDOWN), "not on its own line");
        assertNull(Directive.parse("See clauselint-disable for details.", DocumentFormat.PLAIN_TEXT));
    }

    @Test
    void writingADirectiveGivesALineThatReadsBack() {
        for (DocumentFormat f : DocumentFormat.values()) {
            Directive d = new Directive(Directive.Kind.NEXT_LINE, Set.of("data.training-on-inputs"));
            assertEquals(d, Directive.parse(d.write(f), f), f::toString);
        }
        assertEquals("// clauselint-disable-file b c", new Directive(Directive.Kind.FILE, Set.of("c", "b")).write(DocumentFormat.PLAIN_TEXT));
        assertEquals("<!-- clauselint-disable-file b -->", new Directive(Directive.Kind.FILE, Set.of("b")).write(DocumentFormat.HTML));
    }

    @Test
    void aDirectiveInsideAMarkdownParagraphNeitherShowsNorSplitsIt() {
        String with = "# Terms\n\nProvider may use the data\n<!-- clauselint-disable-next-line data.training-on-inputs -->\nto train its models. Nothing else.\n";
        String without = "# Terms\n\nProvider may use the data\nto train its models. Nothing else.\n";
        ContractDocument d = TestDocs.md(with);
        assertEquals(sentences(TestDocs.md(without)), sentences(d));
        assertEquals(-1, d.text().indexOf("clauselint"), d.text());
    }

    @Test
    void plainTextDirectiveLinesAreNotText() {
        ContractDocument d = TestDocs.txt("TERMS OF SERVICE\n\n// clauselint-disable-file missing.dpa\n%% clauselint-disable\nWe may keep logs.\n");
        assertEquals(List.of("TERMS OF SERVICE", "We may keep logs."), sentences(d));
    }

    @Test
    void aDirectiveBeforeAPlainTextHeadingKeepsItAHeading() {
        String with = "1. Data Use\n\nWe may keep logs.\n\n// clauselint-disable-next-line x\n2. Liability\n\nWe owe nothing.\n";
        String without = "1. Data Use\n\nWe may keep logs.\n\n2. Liability\n\nWe owe nothing.\n";
        assertEquals(TestDocs.titles(TestDocs.txt(without)), TestDocs.titles(TestDocs.txt(with)));
    }

    @Test
    void anyMarkdownCommentLineIsInvisibleToHeadingsAndParagraphs() {
        String with = "# Terms\n\nWe may keep logs.\n<!-- reviewed by legal -->\nData Use\nWe may train on it.\n";
        String without = "# Terms\n\nWe may keep logs.\nData Use\nWe may train on it.\n";
        assertEquals(List.of("Terms", "Data Use"), TestDocs.titles(TestDocs.md(with)));
        assertEquals(TestDocs.titles(TestDocs.md(without)), TestDocs.titles(TestDocs.md(with)));
        assertEquals(sentences(TestDocs.md(without)), sentences(TestDocs.md(with)));
    }
}
