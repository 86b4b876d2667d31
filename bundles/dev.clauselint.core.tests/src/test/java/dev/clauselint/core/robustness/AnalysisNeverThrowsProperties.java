package dev.clauselint.core.robustness;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.core.review.TextEdit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever text arrives (half-typed Markdown in an editor, broken HTML, odd Unicode, mixed line
 * endings), reading and reviewing it never throws and every range it reports lies inside the text.
 */
class AnalysisNeverThrowsProperties {
    private static final Reviewer REVIEWER = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER),
            ReviewSettings.defaults());
    private static final List<String> FILE_NAMES = List.of("terms.md", "terms.txt", "terms.html", "terms");

    private static final List<String> FRAGMENTS = List.of(
            // markdown
            "# ", "## ", "### 3.1 ", "**", "__", "*", "_", "`", "```", "~~~", "> ", "- ", "* ", "+ ", "1. ", "1.1 ", "(a) ", "(i) ",
            "a. ", "---", "===", "***", "| a | b |", "|---|---|", "[", "]", "(", ")", "](", "![", "[x](http://e.com)", "[x][1]",
            "\\", "\\*", "&amp;", "&nbsp;", "&#8217;", "&#x2019;", "&bogus;", "&", "&#99999999;", "<br>", "<b>", "</b>",
            // html
            "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h3>", "<li>", "<ul>", "<table><tr><td>", "<script>", "</script>",
            "<!--", "-->", "<!DOCTYPE html>", "<html><body>", "<a href=\"x\">", "</a>", "<", ">", "\"", "'",
            // contract words and shapes
            "Section 3 ", "SECTION 4: ", "ARTICLE IV ", "LIMITATION OF LIABILITY", "Terms of Service", "Fees",
            "We may use your content to train our models", "You agree", "Customer", "Provider", "Company", "Acme, Inc.",
            "(\u201CServices\u201D)", "(\"Inputs\")", "(collectively, \u201CProviders\u201D)", "(together, our \u201CServices\u201D)",
            "\u201CCustomer\u201D means ", "\"Output\" means ", "\u2018Feedback\u2019 means ", "(\u201CStability\u201D, \u201Cwe\u201D, \u201Cus\u201D)",
            "U.S.C.", " e.g. ", " i.e. ", "No. ", "\u00A7 2.1", "3.50", "$", "%", ".", ". ", "? ", "! ", ";", ":", ",",
            "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB",
            // whitespace, line endings, invisible and unusual characters
            " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\u00A0", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2028",
            "\u2029", "\u0000", "\u0007", "\u001B", "\uFFFD", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0301", "\u05D0\u05D1",
            "\u4E2D\u6587", "\u0130", "\u00DF", "\uFB01", "\u0660\u0661");

    @Provide
    Arbitrary<String> contractish() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(4));
        return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> fileName() {
        return Arbitraries.of(FILE_NAMES);
    }

    @Property(tries = 200)
    void readingAndReviewingContractishTextNeverThrows(@ForAll("contractish") String text, @ForAll("fileName") String name) {
        checkAll(text, read(text, name));
    }

    @Property(tries = 100)
    void readingAndReviewingArbitraryUnicodeNeverThrows(@ForAll("anyText") String text, @ForAll("fileName") String name) {
        checkAll(text, read(text, name));
    }

    @Property(tries = 100)
    void everyFormatReadsEveryText(@ForAll("contractish") String text, @ForAll DocumentFormat format) {
        ContractDocument d;
        try {
            d = new ContractReader().read(text, format);
        } catch (UnreadableInputException e) {
            fail("refused a small text: " + e.getMessage());
            return;
        }
        checkAll(text, d);
    }

    @Property(tries = 100)
    void readingBytesNeverThrowsAnythingButUnreadableInput(@ForAll("byteSoup") byte[] bytes, @ForAll("fileName") String name) {
        ContractDocument d;
        try {
            d = new ContractReader().read(bytes, name);
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return;
        }
        checkAll(d.source(), d);
    }

    @Property(tries = 200)
    void sentencesMapToSourceInDocumentOrderWithoutOverlap(@ForAll("contractish") String text, @ForAll("fileName") String name) {
        ContractDocument d = read(text, name);
        Span previous = null;
        for (Sentence s : d.sentences()) {
            Span src = d.toSource(s.plain());
            if (previous != null) {
                assertTrue(src.start() >= previous.end(), "sentence source " + src + " overlaps or precedes " + previous);
            }
            previous = src;
        }
    }

    @Provide
    Arbitrary<byte[]> byteSoup() {
        Arbitrary<byte[]> utf8 = contractish().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> mixed = Combinators.combine(utf8, raw).as((a, b) -> {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        });
        return Arbitraries.oneOf(utf8, raw, mixed);
    }

    private static ContractDocument read(String text, String name) {
        try {
            return new ContractReader().read(text, name);
        } catch (UnreadableInputException e) {
            fail("refused a small text: " + e.getMessage());
            return null;
        }
    }

    private static void checkAll(String source, ContractDocument d) {
        assertEquals(source, d.source());
        int plainLength = d.text().length();
        for (Sentence s : d.sentences()) {
            inside(s.plain(), plainLength, "sentence");
            inside(d.toSource(s.plain()), source.length(), "sentence source");
            assertTrue(s.section() < d.sections().size());
        }
        for (Section s : d.sections()) {
            inside(s.heading(), plainLength, "heading");
            inside(s.extent(), plainLength, "extent");
            assertTrue(s.extent().contains(s.heading()), "section extent covers its heading");
            assertTrue(s.parent() < s.index(), "parent precedes child");
        }
        for (DefinedTerm t : d.terms()) {
            inside(t.definition(), plainLength, "definition");
            for (Span u : t.uses()) inside(u, plainLength, "use");
        }
        inside(d.toSource(d.titleSpan()), source.length(), "title");
        for (var b : d.blocks()) {
            inside(b.plain(), plainLength, "block");
            assertTrue(b.sourceEnd() >= 0 && b.sourceEnd() <= source.length(), "block source end " + b.sourceEnd());
        }

        Review review = REVIEWER.review(d);
        assertTrue(review.problems().isEmpty(), "rules failed: " + review.problems());
        for (Finding f : review.findings()) {
            inside(f.span(), source.length(), f.ruleId() + " span");
            inside(f.plain(), plainLength, f.ruleId() + " plain");
            for (Span r : f.related()) inside(r, source.length(), f.ruleId() + " related");
            for (Fix fix : f.fixes()) {
                for (TextEdit e : fix.edits()) inside(e.span(), source.length(), f.ruleId() + " fix edit");
                TextEdit.apply(source, fix.edits());
            }
        }
    }

    private static void inside(Span span, int length, String what) {
        assertTrue(span.start() >= 0 && span.end() <= length, what + " " + span + " outside [0," + length + ")");
    }
}
