package dev.clauselint.lsp.server;

import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.reference.ReferenceSentences;
import dev.clauselint.lsp.ReferenceData;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Ask.hover;
import static dev.clauselint.lsp.server.Contracts.SMALL;
import static dev.clauselint.lsp.server.Contracts.TRAINING;
import static dev.clauselint.lsp.server.LspSession.doc;
import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.LspSession.pos;
import static dev.clauselint.lsp.server.TermContracts.DEFINITIONS;
import static dev.clauselint.lsp.server.TermContracts.HTML;
import static dev.clauselint.lsp.server.TermContracts.TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HoverTest {
    private static final Rule TRAINING_RULE = PlaybookLoader.defaultPlaybook(ServerSettings.defaults().perspective())
            .rule("data.training-on-inputs");

    /** How the shipped reference set of AI vendor terms stands on training (ReferenceComparisonTest checks the numbers). */
    private static final String TRAINING_ELSEWHERE = ReferenceSentences.forRule(ReferenceData.shipped(), "data.training-on-inputs");

    /** What the hover says about the training clause of {@link Contracts#SMALL}, in Markdown. */
    private static final String TRAINING_HOVER = "**data.training-on-inputs** (high risk)\n\n"
            + "The vendor may use your inputs or outputs to train or improve its models.\n\n"
            + "**Why it matters:** " + oneLine(TRAINING_RULE.rationale()) + "\n\n"
            + "**Laws touched:** " + String.join("; ", TRAINING_RULE.laws()) + "\n\n"
            + "**Ask the other side for:** " + TRAINING_RULE.ask() + "\n\n"
            + "**Quick fix:** 2 alternative wordings\n\n"
            + "**How common:** " + TRAINING_ELSEWHERE;

    @Test
    void onARiskyClauseTheHoverExplainsTheFindingOverTheWholeClause() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            Hover h = hover(s, uri, 8, 2);
            assertEquals(MarkupKind.MARKDOWN, h.getContents().getRight().getKind());
            assertEquals(TRAINING_HOVER, h.getContents().getRight().getValue());
            assertEquals("8:0-" + TRAINING.length(), Ask.show(h.getRange()));
        }
    }

    @Test
    void onATermInsideARiskyClauseTheFindingComesFirstThenTheDefinition() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            Hover h = hover(s, uri, 8, 20);
            assertEquals(TRAINING_HOVER + "\n\n---\n\n"
                    + "**Customer Content** (defined term, used once)\n\n"
                    + "> \"Customer Content\" means any data Customer submits to the Services.",
                    h.getContents().getRight().getValue());
            assertEquals("8:0-" + TRAINING.length(), Ask.show(h.getRange()), "the finding's range");
        }
    }

    @Test
    void onADefinedTermTheHoverQuotesItsDefinitionAndCountsItsUses() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            Hover h = hover(s, uri, 14, 58);
            assertEquals("**Input** (defined term, used 3 times)\n\n"
                    + "> \"Input\" means any prompt Customer sends to the Services.", h.getContents().getRight().getValue());
            assertEquals("14:57-62", Ask.show(h.getRange()), "the word inside **Input**");
            Hover output = hover(s, uri, 8, 40);
            assertEquals("**Output** (defined term, used twice)\n\n"
                    + "> The model returns answers (each an \u201COutput\u201D).", output.getContents().getRight().getValue());
        }
    }

    @Test
    void aTermDefinedAgainShowsWhereAndHow() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("twice.md", TWICE);
            assertEquals("**Services** (defined term, used once)\n\n> The app (\"Services\") is ours.\n\n"
                    + "**Defined again on line 5:** The API (\"Services\") is ours too.",
                    hover(s, uri, 6, 4).getContents().getRight().getValue());
        }
    }

    @Test
    void inHtmlTheRangeIsInTheSourceAndTheDefinitionReadsAsText() {
        try (LspSession s = LspSession.start()) {
            String uri = s.open("file:///contracts/api.html", "html", HTML);
            Hover h = hover(s, uri, 3, 17);
            assertEquals("3:14-20", Ask.show(h.getRange()), "inside <b>Inputs</b>");
            assertEquals("**Inputs** (defined term, used twice)\n\n"
                    + "> You may send prompts, files and instructions to the programming interface (\u201CInputs\u201D).",
                    h.getContents().getRight().getValue());
        }
    }

    @Test
    void markdownInTheContractIsEscapedSoTheHoverShowsItAsWritten() {
        try (LspSession s = LspSession.start()) {
            String uri = s.open("file:///contracts/fees.txt", "plaintext",
                    "FEES\n\n\"Net Fee\" means the *net* amount in [USD] <after tax>.\n\nEach Net Fee is due monthly.\n");
            assertEquals("**Net Fee** (defined term, used once)\n\n"
                    + "> \"Net Fee\" means the \\*net\\* amount in \\[USD\\] \\<after tax\\>.",
                    hover(s, uri, 4, 6).getContents().getRight().getValue());
        }
    }

    @Test
    void anEditorThatOnlyShowsPlainTextGetsPlainText() {
        Hover h = hoverInPlainTextEditor(SMALL, 8, 20);
        assertEquals(MarkupKind.PLAINTEXT, h.getContents().getRight().getKind());
        assertEquals("data.training-on-inputs (high risk)\n\n"
                + "The vendor may use your inputs or outputs to train or improve its models.\n\n"
                + "Why it matters: " + oneLine(TRAINING_RULE.rationale()) + "\n\n"
                + "Laws touched: " + String.join("; ", TRAINING_RULE.laws()) + "\n\n"
                + "Ask the other side for: " + TRAINING_RULE.ask() + "\n\n"
                + "Quick fix: 2 alternative wordings\n\n"
                + "How common: " + TRAINING_ELSEWHERE + "\n\n----------\n\n"
                + "Customer Content (defined term, used once)\n\n"
                + "    \"Customer Content\" means any data Customer submits to the Services.", h.getContents().getRight().getValue());
    }

    @Test
    void nothingToSayAwayFromFindingsAndTermsOrOutsideTheDocument() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            assertNull(hover(s, uri, 12, 2), "\"Customer\" is not a defined term");
            assertNull(hover(s, uri, 12, 34), "the apostrophe of Customer Content's is not part of the term");
            assertNull(hover(s, uri, 1, 0), "an empty line");
            assertNull(hover(s, uri, 99, 0), "a line the document does not have");
            assertNull(hover(s, uri, -3, -1), "a negative position");
            assertEquals("12:51-56", Ask.show(hover(s, uri, 12, 53).getRange()), "still answering afterwards");
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A hover from a server whose editor renders only plain text (the shared session renders Markdown). */
    private static Hover hoverInPlainTextEditor(String text, int line, int character) {
        ClauselintServer server = new ClauselintServer();
        server.connect(new TestClient());
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));
        caps.setTextDocument(td);
        InitializeParams init = new InitializeParams();
        init.setCapabilities(caps);
        get(server.initialize(init));
        server.initialized(new InitializedParams());
        String uri = "file:///contracts/plain-hover.md";
        try {
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
            return get(server.getTextDocumentService().hover(new HoverParams(doc(uri), pos(line, character))));
        } finally {
            get(server.shutdown());
        }
    }
}
