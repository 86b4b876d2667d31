package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Actions.applied;
import static dev.clauselint.lsp.server.Actions.at;
import static dev.clauselint.lsp.server.Actions.titled;
import static dev.clauselint.lsp.server.Actions.titles;
import static dev.clauselint.lsp.server.ContractAssert.has;
import static dev.clauselint.lsp.server.ContractAssert.only;
import static dev.clauselint.lsp.server.ContractAssert.r;
import static dev.clauselint.lsp.server.Contracts.SMALL;
import static dev.clauselint.lsp.server.Contracts.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quick fixes on findings, for an editor that takes edits inline (no codeAction/resolve). */
class CodeActionsTest {
    static final String NO_TRAINING = "The Provider will not use Customer Content to train, retrain or fine-tune any model, "
            + "and will use that content only to provide the Services to Customer.";

    static LspSession.Options inline() {
        return new LspSession.Options().capabilities(c -> c.getTextDocument().getCodeAction().setResolveSupport(null));
    }

    @Test
    void aRiskyClauseOffersItsAlternativesThenSuppressions() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            Diagnostic training = only(s.awaitDiagnostics(uri, 1), "data.training-on-inputs");
            List<CodeAction> actions = at(s, uri, r(8, 10, 8, 10));
            assertEquals(List.of("Replace with: commit not to train on customer content",
                    "Replace with: allow training only with written opt-in",
                    "Suppress data.training-on-inputs here",
                    "Suppress data.training-on-inputs in this file"), titles(actions));
            for (CodeAction a : actions) {
                assertEquals(CodeActionKind.QuickFix, a.getKind());
                assertEquals(List.of(training.getRange()), a.getDiagnostics().stream().map(Diagnostic::getRange).toList());
                assertEquals("data.training-on-inputs", a.getDiagnostics().get(0).getCode().getLeft());
                assertNull(a.getCommand(), "nothing to run: the edit is the whole fix");
            }
            assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
            assertTrue(actions.subList(1, 4).stream().noneMatch(a -> Boolean.TRUE.equals(a.getIsPreferred())));
        }
    }

    @Test
    void applyingTheAlternativeReplacesTheClauseAndTheDiagnosticGoes() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> before = s.awaitDiagnostics(uri, 1);
            CodeAction fix = at(s, uri, r(8, 0, 8, 5)).get(0);
            assertEquals(1, Actions.versionOf(fix, uri), "the edit is tied to the version it was made for");
            String after = applied(SMALL, fix, uri);
            assertEquals(SMALL.replace(TRAINING, NO_TRAINING), after);
            s.replaceAll(uri, 2, after);
            List<Diagnostic> now = s.awaitDiagnostics(uri, 2);
            assertFalse(has(now, "data.training-on-inputs"));
            assertEquals(before.size() - 1, now.size(), "only the fixed finding went");
        }
    }

    @Test
    void suppressHereInsertsTheDirectiveAboveTheLineAndOnlyThatFindingGoes() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> before = s.awaitDiagnostics(uri, 1);
            String after = applied(SMALL, titled(at(s, uri, r(8, 0, 8, 0)), "Suppress data.training-on-inputs here"), uri);
            assertEquals(SMALL.replace(TRAINING, "<!-- clauselint-disable-next-line data.training-on-inputs -->\n" + TRAINING), after);
            s.replaceAll(uri, 2, after);
            List<Diagnostic> now = s.awaitDiagnostics(uri, 2);
            assertFalse(has(now, "data.training-on-inputs"));
            assertEquals(before.size() - 1, now.size());
            assertEquals(13, only(now, "liability.low-cap").getRange().getStart().getLine(), "findings below moved down a line");
        }
    }

    @Test
    void suppressHereKeepsTheIndentationAndWritesAPlainTextComment() {
        String text = "AI SERVICES AGREEMENT\n\n1. Use of Data\n\n    " + TRAINING + "\n";
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.open("file:///contracts/terms.txt", "plaintext", text);
            assertTrue(has(s.awaitDiagnostics(uri, 1), "data.training-on-inputs"));
            String after = applied(text, titled(at(s, uri, r(4, 6, 4, 6)), "Suppress data.training-on-inputs here"), uri);
            assertEquals("AI SERVICES AGREEMENT\n\n1. Use of Data\n\n    // clauselint-disable-next-line data.training-on-inputs\n    " + TRAINING + "\n", after);
            s.replaceAll(uri, 2, after);
            assertFalse(has(s.awaitDiagnostics(uri, 2), "data.training-on-inputs"));
        }
    }

    @Test
    void inHtmlBothSuppressionsWriteCommentsAndTheDoctypeStaysFirst() {
        String text = "<!DOCTYPE html>\n<html><body>\n<h1>AI Services Agreement</h1>\n  <p>" + TRAINING + "</p>\n</body></html>\n";
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.open("file:///contracts/terms.html", "html", text);
            assertTrue(has(s.awaitDiagnostics(uri, 1), "data.training-on-inputs"));
            List<CodeAction> actions = at(s, uri, r(3, 10, 3, 10));
            String here = applied(text, titled(actions, "Suppress data.training-on-inputs here"), uri);
            assertEquals(text.replace("  <p>", "  <!-- clauselint-disable-next-line data.training-on-inputs -->\n  <p>"), here);
            String file = applied(text, titled(actions, "Suppress data.training-on-inputs in this file"), uri);
            assertEquals(text.replace("<!DOCTYPE html>\n", "<!DOCTYPE html>\n<!-- clauselint-disable-file data.training-on-inputs -->\n"), file);
            s.replaceAll(uri, 2, here);
            assertFalse(has(s.awaitDiagnostics(uri, 2), "data.training-on-inputs"));
        }
    }

    @Test
    void suppressInThisFileSilencesAMissingProvisionOnTheTitle() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> before = s.awaitDiagnostics(uri, 1);
            Diagnostic dpa = only(before, "missing.dpa");
            // the editor sends the diagnostic under the cursor; the cursor itself is elsewhere on the line
            List<CodeAction> actions = at(s, uri, r(0, 0, 0, 0), dpa);
            assertTrue(titles(actions).stream().allMatch(t -> !t.contains(" missing.sla")), "only the sent diagnostic's actions");
            String after = applied(SMALL, titled(actions, "Suppress missing.dpa in this file"), uri);
            assertEquals("<!-- clauselint-disable-file missing.dpa -->\n" + SMALL, after);
            s.replaceAll(uri, 2, after);
            List<Diagnostic> now = s.awaitDiagnostics(uri, 2);
            assertFalse(has(now, "missing.dpa"));
            assertTrue(has(now, "missing.sla"), "other missing provisions stay");
            assertEquals(before.size() - 1, now.size());
        }
    }

    @Test
    void suppressInThisFileGoesBelowMarkdownFrontMatter() {
        String text = "---\ntitle: Terms\n---\n" + SMALL;
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("front.md", text);
            assertTrue(has(s.awaitDiagnostics(uri, 1), "data.training-on-inputs"));
            String after = applied(text, titled(at(s, uri, r(11, 0, 11, 0)), "Suppress data.training-on-inputs in this file"), uri);
            assertEquals("---\ntitle: Terms\n---\n<!-- clauselint-disable-file data.training-on-inputs -->\n" + SMALL, after);
        }
    }

    @Test
    void insertingAMissingClauseIsAQuickFixToo() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            Diagnostic dpa = only(s.awaitDiagnostics(uri, 1), "missing.dpa");
            CodeAction insert = at(s, uri, r(0, 0, 0, 0), dpa).get(0);
            assertEquals(Boolean.TRUE, insert.getIsPreferred());
            List<org.eclipse.lsp4j.TextEdit> edits = Actions.editsFor(insert, uri);
            assertEquals(1, edits.size());
            String after = applied(SMALL, insert, uri);
            assertEquals(SMALL.length() + edits.get(0).getNewText().length(), after.length(), "an insertion");
            assertTrue(edits.get(0).getNewText().strip().length() > 40, edits.get(0).getNewText());
            s.replaceAll(uri, 2, after);
            List<Diagnostic> now = s.awaitDiagnostics(uri, 2);
            assertFalse(has(now, "missing.dpa"), "the inserted clause provides the protection");
            assertTrue(has(now, "data.training-on-inputs"));
        }
    }

    @Test
    void editorsWithoutVersionedEditsGetPlainChanges() {
        LspSession.Options o = inline().capabilities(c -> {
            c.getTextDocument().getCodeAction().setResolveSupport(null);
            c.getWorkspace().getWorkspaceEdit().setDocumentChanges(false);
        });
        try (LspSession s = LspSession.start(o)) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            CodeAction fix = at(s, uri, r(8, 0, 8, 0)).get(0);
            assertNull(fix.getEdit().getDocumentChanges());
            assertEquals(SMALL.replace(TRAINING, NO_TRAINING), ContractAssert.apply(SMALL, fix.getEdit().getChanges().get(uri)));
        }
    }

    @Test
    void onlyTheFindingsUnderTheRangeGetActions() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            assertEquals(List.of(), at(s, uri, r(4, 0, 4, 10)), "the definition has no finding");
            List<String> both = titles(at(s, uri, r(8, 3, 12, 3)));
            assertTrue(both.contains("Suppress data.training-on-inputs here") && both.contains("Suppress liability.low-cap here"), both::toString);
        }
    }

    @Test
    void askingForOtherKindsOfActionGivesNone() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            CodeActionContext ctx = new CodeActionContext(List.of(), List.of(CodeActionKind.Refactor));
            var got = LspSession.get(s.server.getTextDocumentService().codeAction(new CodeActionParams(LspSession.doc(uri), r(8, 0, 8, 0), ctx)));
            assertEquals(List.of(), got);
        }
    }

    @Test
    void badRangesAndClosedDocumentsGetClearAnswersAndTheServerGoesOn() {
        try (LspSession s = LspSession.start(inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            ResponseErrorException negative = assertThrows(ResponseErrorException.class, () -> at(s, uri, r(-1, 0, 2, 0)));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), negative.getResponseError().getCode());
            assertTrue(negative.getMessage().contains("negative position"), negative.getMessage());
            ResponseErrorException backwards = assertThrows(ResponseErrorException.class, () -> at(s, uri, r(9, 0, 8, 0)));
            assertTrue(backwards.getMessage().contains("ends before it starts"), backwards.getMessage());
            assertEquals(List.of(), at(s, uri, r(500, 0, 600, 3)), "past the end: nothing there");
            ResponseErrorException closed = assertThrows(ResponseErrorException.class, () -> at(s, "file:///contracts/never-opened.md", r(0, 0, 0, 0)));
            assertTrue(closed.getMessage().contains("is not open"), closed.getMessage());
            assertNotNull(titled(at(s, uri, r(8, 0, 8, 0)), "Suppress data.training-on-inputs here"), "still serving");
        }
    }
}
