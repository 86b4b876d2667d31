package dev.clauselint.lsp.server;

import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Ask.completion;
import static dev.clauselint.lsp.server.ContractAssert.apply;
import static dev.clauselint.lsp.server.TermContracts.DEFINITIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionTest {
    /** DEFINITIONS ends with a newline, so this line exists and is empty. */
    private static final int LAST = 15;
    private static final String URI = "file:///contracts/terms.md";

    @Test
    void aCapitalisedPrefixCompletesToTheDefinedTermItBegins() {
        try (LspSession s = LspSession.start()) {
            String typed = "We protect Customer C";
            CompletionList list = afterTyping(s, typed);
            assertEquals(1, list.getItems().size(), list.getItems().toString());
            CompletionItem item = list.getItems().get(0);
            assertEquals("Customer Content", item.getLabel());
            assertEquals(CompletionItemKind.Reference, item.getKind());
            assertEquals("\"Customer Content\" means the Inputs and Outputs.", item.getDetail());
            TextEdit edit = item.getTextEdit().getLeft();
            assertEquals(LAST + ":11-21", Ask.show(edit.getRange()), "the two typed words are replaced");
            assertEquals(DEFINITIONS + "We protect Customer Content", apply(DEFINITIONS + typed, List.of(edit)));
        }
    }

    @Test
    void afterAnOpeningQuoteEveryTermIsOfferedAndTheDetailIsCutShort() {
        try (LspSession s = LspSession.start()) {
            CompletionList list = afterTyping(s, "as an \u201C");
            assertEquals(List.of("Customer Content", "Input", "Output"), list.getItems().stream().map(CompletionItem::getLabel).toList());
            for (CompletionItem item : list.getItems()) {
                assertEquals(LAST + ":7-7", Ask.show(item.getTextEdit().getLeft().getRange()), "nothing typed yet");
            }
            assertEquals("\"Input\" means any prompt Customer sends to the \u2026", list.getItems().get(1).getDetail());
        }
    }

    @Test
    void afterABoldOpeningQuoteEvenALowerCasePrefixCompletes() {
        try (LspSession s = LspSession.start()) {
            CompletionList list = afterTyping(s, "Each **\"outp");
            assertEquals(List.of("Output"), list.getItems().stream().map(CompletionItem::getLabel).toList());
            assertEquals(DEFINITIONS + "Each **\"Output", apply(DEFINITIONS + "Each **\"outp", List.of(list.getItems().get(0).getTextEdit().getLeft())));
        }
    }

    @Test
    void aLowerCaseWordIsNotTakenForATerm() {
        try (LspSession s = LspSession.start()) {
            assertTrue(afterTyping(s, "we protect cust").getItems().isEmpty());
        }
    }

    @Test
    void onAnEmptyLineThePlaybookClausesAreOfferedInTheContractsOwnNames() {
        try (LspSession s = LspSession.start()) {
            CompletionList list = afterTyping(s, "");
            assertFalse(list.isIncomplete());
            long alternatives = playbook().stream().mapToLong(r -> r.alternatives().size()).sum();
            assertEquals(Math.min(alternatives, 100), list.getItems().size());
            assertTrue(list.getItems().stream().allMatch(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("clause: ")));
            CompletionItem noTraining = list.getItems().stream()
                    .filter(i -> i.getLabel().equals("clause: commit not to train on customer content")).findFirst().orElseThrow();
            assertEquals("The Provider will not use Customer Content to train, retrain or fine-tune any model, and will use that "
                    + "content only to provide the Services to Customer.", noTraining.getTextEdit().getLeft().getNewText());
            assertEquals(LAST + ":0-0", Ask.show(noTraining.getTextEdit().getLeft().getRange()));
            assertEquals("The vendor may use your inputs or outputs to train or improve its models.",
                    noTraining.getDocumentation().getLeft());
        }
    }

    @Test
    void aTypedLabelNarrowsTheClausesAndIsReplacedByTheClause() {
        try (LspSession s = LspSession.start()) {
            CompletionList list = afterTyping(s, "  Commit not");
            assertEquals(List.of("clause: commit not to train on customer content"),
                    list.getItems().stream().map(CompletionItem::getLabel).toList());
            assertEquals(LAST + ":2-12", Ask.show(list.getItems().get(0).getTextEdit().getLeft().getRange()), "the indent stays");
            s.change(URI, 3, LAST, 0, LAST, 12, "clause: 90");
            assertEquals(List.of("clause: 90 days' notice before deprecation", "clause: 90-day deprecation notice and version pinning"),
                    completion(s, URI, LAST, 10).getItems().stream().map(CompletionItem::getLabel).sorted().toList());
        }
    }

    @Test
    void positionsOutsideTheDocumentGetAnEmptyList() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("terms.md", DEFINITIONS);
            assertTrue(completion(s, uri, 99, 0).getItems().isEmpty());
            assertTrue(completion(s, uri, -1, 0).getItems().isEmpty());
            assertFalse(completion(s, uri, LAST, 0).getItems().isEmpty(), "still answering afterwards");
        }
    }

    /** Opens {@link TermContracts#DEFINITIONS}, types on its empty last line and asks for completion at the end of the typing. */
    private static CompletionList afterTyping(LspSession s, String typed) {
        s.openMarkdown("terms.md", DEFINITIONS);
        if (!typed.isEmpty()) s.change(URI, 2, LAST, 0, LAST, 0, typed);
        return completion(s, URI, LAST, typed.length());
    }

    private static List<Rule> playbook() {
        return PlaybookLoader.defaultPlaybook(ServerSettings.defaults().perspective()).rules();
    }
}
