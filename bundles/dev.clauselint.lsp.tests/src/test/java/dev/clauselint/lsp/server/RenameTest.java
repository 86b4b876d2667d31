package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Ask.prepareRename;
import static dev.clauselint.lsp.server.Ask.ranges;
import static dev.clauselint.lsp.server.Ask.references;
import static dev.clauselint.lsp.server.Ask.rename;
import static dev.clauselint.lsp.server.ContractAssert.apply;
import static dev.clauselint.lsp.server.TermContracts.DEFINITIONS;
import static dev.clauselint.lsp.server.TermContracts.HTML;
import static dev.clauselint.lsp.server.TermContracts.TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RenameTest {

    @Test
    void prepareRenameGivesTheTermUnderTheCursorAndItsName() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            PrepareRenameResult r = prepareRename(s, uri, 14, 30);
            assertEquals("14:23-39", Ask.show(r.getRange()));
            assertEquals("Customer Content", r.getPlaceholder());
            PrepareRenameResult plural = prepareRename(s, uri, 12, 66);
            assertEquals("12:65-72", Ask.show(plural.getRange()), "the whole plural \"Outputs\"");
            assertEquals("Output", plural.getPlaceholder(), "the term as defined");
        }
    }

    @Test
    void prepareRenameRefusesWordsThatAreNotDefinedTermsWithAMessageTheEditorShows() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> prepareRename(s, uri, 12, 15));
            assertEquals("only defined terms can be renamed; \"the\" is not one", e.getResponseError().getMessage());
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), e.getResponseError().getCode());
            e = assertThrows(ResponseErrorException.class, () -> prepareRename(s, uri, 1, 0));
            assertEquals("only defined terms can be renamed; there is no word here", e.getResponseError().getMessage());
            e = assertThrows(ResponseErrorException.class, () -> prepareRename(s, uri, 40, 3));
            assertEquals("only defined terms can be renamed; line 41 is past the end of the document", e.getResponseError().getMessage());
        }
    }

    @Test
    void renamingATermRewritesItsDefinitionAndEveryUseKeepingPluralsPlural() {
        assertRenamed("terms.md", DEFINITIONS, 14, 59, "Prompt", DEFINITIONS
                .replace("means the Inputs and", "means the Prompts and")
                .replace("\"Input\" means", "\"Prompt\" means")
                .replace("every Input and", "every Prompt and")
                .replace("**Input**", "**Prompt**"), List.of("4:33-40", "6:1-7", "12:51-57", "14:57-63"));
    }

    @Test
    void renamingInsideBoldLinksAndPossessivesKeepsTheMarkup() {
        assertRenamed("terms.md", DEFINITIONS, 12, 20, "Client Data", DEFINITIONS
                .replace("**\"Customer Content\"**", "**\"Client Data\"**")
                .replace("the Customer Content's rights", "the Client Data's rights")
                .replace("[Customer Content](#defs)", "[Client Data](#defs)"), List.of("4:3-14", "12:18-29", "14:23-34"));
    }

    @Test
    void renamingACurlyQuotedSingularTermTurnsItsPluralUsesIntoPlurals() {
        assertRenamed("terms.md", DEFINITIONS, 8, 37, "Result", DEFINITIONS
                .replace("Inputs and Outputs.", "Inputs and Results.")
                .replace("\u201COutput\u201D", "\u201CResult\u201D")
                .replace("all Outputs.", "all Results."), List.of("4:44-51", "8:36-42", "12:65-72"));
    }

    @Test
    void aTermDefinedTwiceIsRenamedInBothDefinitions() {
        assertRenamed("twice.md", TWICE, 6, 5, "Offerings", TWICE.replace("Services", "Offerings"),
                List.of("2:10-19", "4:10-19", "6:4-13"));
    }

    @Test
    void inHtmlTheNewNameIsWrittenWithEntities() {
        assertRenamed("api.html", HTML, 3, 16, "Q&A Prompts", HTML.replace("Inputs", "Q&amp;A Prompts"),
                List.of("2:85-100", "3:14-29", "3:51-66"));
    }

    @Test
    void inMarkdownCharactersThatWouldBecomeMarkupAreEscaped() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            List<TextEdit> edits = rename(s, uri, 6, 2, "AI_Prompt *v2*");
            assertEquals(List.of("AI_Prompt \\*v2\\*s", "AI_Prompt \\*v2\\*", "AI_Prompt \\*v2\\*", "AI_Prompt \\*v2\\*"),
                    edits.stream().map(TextEdit::getNewText).toList());
        }
    }

    @Test
    void namesTheReaderWouldNotTakeForTheSameTermAreRefused() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            assertRefused(s, uri, "", "cannot rename: the new name is empty");
            assertRefused(s, uri, "  ", "cannot rename: the new name is empty");
            assertRefused(s, uri, "Say \"Hi\"", "cannot rename: a defined term cannot contain quotation marks: the definition puts it in quotes");
            assertRefused(s, uri, "Two\nLines", "cannot rename: a defined term cannot run over a line break");
            assertRefused(s, uri, "Output", "cannot rename: \"Output\" is already a defined term");
            assertRefused(s, uri, "Outputs", "cannot rename: \"Outputs\" would be confused with the defined term \"Output\"");
            assertRefused(s, uri, "prompt", "cannot rename: \"prompt\" would not read as a defined term: start it with a capital "
                    + "letter or a digit, keep it to six words or fewer and do not end it with punctuation");
            // the document is untouched and the server still answers
            assertEquals(List.of("6:1-6"), ranges(Ask.definition(s, uri, 14, 59)));
        }
    }

    private static void assertRefused(LspSession s, String uri, String newName, String message) {
        ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> rename(s, uri, 14, 59, newName));
        assertEquals(message, e.getResponseError().getMessage());
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getResponseError().getCode());
    }

    /**
     * Renames the term at a position, checks the resulting text, then sends it back as the editor
     * would and checks that the new review finds the renamed term at the same places.
     */
    private static void assertRenamed(String name, String text, int line, int character, String newName,
                                      String expectedText, List<String> expectedOccurrences) {
        try (LspSession s = LspSession.start()) {
            String uri = s.open("file:///contracts/" + name, name.endsWith(".html") ? "html" : "markdown", text);
            String renamed = apply(text, rename(s, uri, line, character, newName));
            assertEquals(expectedText, renamed);
            s.replaceAll(uri, 2, renamed);
            s.awaitDiagnostics(uri, 2);
            assertEquals(expectedOccurrences, ranges(references(s, uri, line, character, true)));
        }
    }
}
