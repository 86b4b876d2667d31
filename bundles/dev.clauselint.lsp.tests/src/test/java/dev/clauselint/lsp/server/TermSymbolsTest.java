package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Ask.definition;
import static dev.clauselint.lsp.server.Ask.highlights;
import static dev.clauselint.lsp.server.Ask.ranges;
import static dev.clauselint.lsp.server.Ask.references;
import static dev.clauselint.lsp.server.TermContracts.DEFINITIONS;
import static dev.clauselint.lsp.server.TermContracts.HTML;
import static dev.clauselint.lsp.server.TermContracts.TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermSymbolsTest {

    @Test
    void goToDefinitionFromAUseInALinkInBoldAndBeforeAPossessive() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            List<String> customerContent = List.of("4:3-19");
            assertEquals(customerContent, ranges(definition(s, uri, 14, 30)), "inside [Customer Content](#defs)");
            assertEquals(customerContent, ranges(definition(s, uri, 12, 18)), "first letter of Customer Content's");
            assertEquals(customerContent, ranges(definition(s, uri, 12, 34)), "the cursor right after the term, before 's");
            assertEquals(customerContent, ranges(definition(s, uri, 4, 10)), "on the definition itself");
            assertEquals(List.of("6:1-6"), ranges(definition(s, uri, 14, 59)), "**Input**");
            assertEquals(uri, definition(s, uri, 14, 59).get(0).getUri());
        }
    }

    @Test
    void referencesListEveryUseIncludingPluralsAndTheDefinitionWhenAsked() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            assertEquals(List.of("4:33-39", "6:1-6", "12:51-56", "14:57-62"), ranges(references(s, uri, 12, 52, true)));
            assertEquals(List.of("4:33-39", "12:51-56", "14:57-62"), ranges(references(s, uri, 12, 52, false)));
            assertEquals(List.of("4:33-39", "12:51-56", "14:57-62"), ranges(references(s, uri, 6, 3, false)), "asked from the definition");
        }
    }

    @Test
    void highlightMarksTheCurlyQuotedDefinitionAsWrittenAndUsesAsRead() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            List<? extends DocumentHighlight> h = highlights(s, uri, 12, 70);
            assertEquals(List.of("4:44-51 Read", "8:36-42 Write", "12:65-72 Read"), h.stream()
                    .map(x -> Ask.show(x.getRange()) + " " + x.getKind()).toList());
        }
    }

    @Test
    void aTermDefinedTwiceHasTwoDefinitions() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("twice.md", TWICE);
            assertEquals(List.of("2:10-18", "4:10-18"), ranges(definition(s, uri, 6, 6)));
            assertEquals(List.of("2:10-18", "4:10-18", "6:4-12"), ranges(references(s, uri, 4, 12, true)));
            assertEquals(List.of(DocumentHighlightKind.Write, DocumentHighlightKind.Write, DocumentHighlightKind.Read),
                    highlights(s, uri, 2, 12).stream().map(DocumentHighlight::getKind).toList());
        }
    }

    @Test
    void inHtmlTheRangesPointIntoTheMarkup() {
        try (LspSession s = LspSession.start()) {
            String uri = s.open("file:///contracts/api.html", "html", HTML);
            assertEquals(List.of("2:85-91"), ranges(definition(s, uri, 3, 15)), "between &ldquo; and &rdquo;");
            assertEquals(List.of("3:14-20", "3:42-48"), ranges(references(s, uri, 2, 86, false)), "inside <b> and after it");
        }
    }

    @Test
    void wordsThatAreNotTermsAndPositionsOutsideTheDocumentHaveNoSymbols() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            assertTrue(definition(s, uri, 12, 2).isEmpty(), "\"Customer\" alone is not defined");
            assertTrue(definition(s, uri, 99, 0).isEmpty(), "a line the document does not have");
            assertTrue(references(s, uri, 99, 0, true).isEmpty());
            assertTrue(highlights(s, uri, -1, 0).isEmpty());
            assertTrue(highlights(s, uri, 1, 400).isEmpty(), "past the end of an empty line");
            assertEquals(List.of("6:1-6"), ranges(definition(s, uri, 14, 61)), "still answering afterwards");
        }
    }
}
