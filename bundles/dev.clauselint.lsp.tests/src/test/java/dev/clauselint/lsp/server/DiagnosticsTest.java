package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.ContractAssert.d;
import static dev.clauselint.lsp.server.ContractAssert.has;
import static dev.clauselint.lsp.server.ContractAssert.only;
import static dev.clauselint.lsp.server.Contracts.BALANCED_TRAINING;
import static dev.clauselint.lsp.server.Contracts.SMALL;
import static dev.clauselint.lsp.server.Contracts.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsTest {

    @Test
    void openingAContractPublishesItsFindingsOnTheRiskyClauses() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> diags = s.awaitDiagnostics(uri, 1);
            Diagnostic training = only(diags, "data.training-on-inputs");
            assertEquals(d(8, 0, 8, TRAINING.length(), "data.training-on-inputs").toString(), ContractAssert.show(training));
            assertEquals(DiagnosticSeverity.Error, training.getSeverity());
            assertEquals("clauselint", training.getSource());
            assertTrue(training.getCodeDescription().getHref().endsWith("#data.training-on-inputs"), training.getCodeDescription().getHref());
            Diagnostic cap = only(diags, "liability.low-cap");
            assertEquals(12, cap.getRange().getStart().getLine());
            Diagnostic missing = only(diags, "missing.dpa");
            assertEquals(DiagnosticSeverity.Warning, missing.getSeverity(), "medium maps to Warning");
            assertEquals(0, missing.getRange().getStart().getLine(), "missing provisions sit on the title");
            assertTrue(has(diags, "change.unilateral-terms"));
        }
    }

    @Test
    void anEditThatBalancesTheClauseRemovesItsDiagnostic() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            assertTrue(has(s.awaitDiagnostics(uri, 1), "data.training-on-inputs"));
            s.change(uri, 2, 8, 0, 8, TRAINING.length(), BALANCED_TRAINING);
            List<Diagnostic> after = s.awaitDiagnostics(uri, 2);
            assertFalse(has(after, "data.training-on-inputs"), "the balanced clause is not flagged");
            assertTrue(has(after, "liability.low-cap"), "other findings stay");
        }
    }

    @Test
    void aBurstOfEditsEndsWithTheDiagnosticsOfTheLastVersionOnly() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            // type "Provider" + " will not" one character at a time after "Provider"
            String typed = " will not";
            for (int i = 0; i < typed.length(); i++) {
                s.change(uri, 2 + i, 8, 8 + i, 8, 8 + i, String.valueOf(typed.charAt(i)));
            }
            int last = 1 + typed.length();
            List<Diagnostic> diags = s.awaitDiagnostics(uri, last);
            // "Provider will not may use ..." is nonsense but no longer an unqualified permission to train
            for (var p : s.client.published.get(uri)) {
                assertTrue(p.getVersion() == 1 || p.getVersion() <= last, "no version from the future");
            }
            assertTrue(has(diags, "liability.low-cap"));
        }
    }

    @Test
    void diagnosticsArePulledWhenTheEditorAsksForThem() {
        try (LspSession s = LspSession.start(new LspSession.Options().pullDiagnostics())) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> diags = s.pullDiagnostics(uri);
            assertTrue(has(diags, "data.training-on-inputs"));
            s.change(uri, 2, 8, 0, 8, TRAINING.length(), BALANCED_TRAINING);
            assertFalse(has(s.pullDiagnostics(uri), "data.training-on-inputs"));
            assertTrue(s.client.published.isEmpty(), "an editor that pulls gets no pushed diagnostics");
        }
    }

    @Test
    void aRequestForADocumentThatIsNotOpenGetsAnErrorAndTheServerGoesOn() {
        try (LspSession s = LspSession.start(new LspSession.Options().pullDiagnostics())) {
            ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> s.pullDiagnostics("file:///nowhere.md"));
            assertTrue(e.getMessage().contains("not open"), e.getMessage());
            String uri = s.openMarkdown("small.md", SMALL);
            assertTrue(has(s.pullDiagnostics(uri), "liability.low-cap"));
        }
    }

    @Test
    void settingsFromTheEditorSwitchRulesOffAndChangeSeverities() {
        TestClient client = new TestClient();
        client.settings = LspSession.json("{\"disable\": [\"liability.low-cap\"], \"severity\": {\"data.training-on-inputs\": \"low\"}}");
        try (LspSession s = LspSession.start(new LspSession.Options(), client)) {
            String uri = s.openMarkdown("small.md", SMALL);
            // the pulled settings may land after the first review: wait for a version-1 result without the rule
            List<Diagnostic> diags = awaitWithout(s, uri, "liability.low-cap");
            assertEquals(DiagnosticSeverity.Information, only(diags, "data.training-on-inputs").getSeverity());
            client.settings = LspSession.json("{\"minimumSeverity\": \"high\"}");
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            diags = awaitWithout(s, uri, "missing.dpa");
            assertTrue(has(diags, "liability.low-cap"), "no longer disabled");
            assertTrue(diags.stream().allMatch(x -> x.getSeverity() == DiagnosticSeverity.Error), "only high findings");
        }
    }

    @Test
    void aBadSettingIsReportedOnceAndTheRestStillApplies() {
        try (LspSession s = LspSession.start(new LspSession.Options().noConfigurationRequests()
                .initializationOptions("{\"perspective\": \"buyer\", \"disable\": [\"liability.low-cap\"]}"))) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> diags = s.awaitDiagnostics(uri, 1);
            assertFalse(has(diags, "liability.low-cap"));
            assertTrue(s.client.shown.stream().anyMatch(m -> m.getType() == MessageType.Warning && m.getMessage().contains("perspective")),
                    "the user hears about the bad perspective: " + s.client.shown);
        }
    }

    @Test
    void aDocumentAboveTheSizeLimitIsNotReviewedAndTheUserIsTold() {
        try (LspSession s = LspSession.start(new LspSession.Options().noConfigurationRequests()
                .initializationOptions("{\"maxFileSize\": 100}"))) {
            String uri = s.openMarkdown("big.md", SMALL);
            assertTrue(s.awaitDiagnostics(uri, 1).isEmpty());
            assertTrue(s.client.shown.stream().anyMatch(m -> m.getMessage().contains("big.md") && m.getMessage().contains("maxFileSize")),
                    s.client.shown.toString());
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            assertFalse(s.awaitDiagnostics(uri, 1).isEmpty());
            s.close(uri);
            var all = s.client.published.get(uri);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!all.get(all.size() - 1).getDiagnostics().isEmpty() && System.currentTimeMillis() < deadline) Thread.onSpinWait();
            assertTrue(all.get(all.size() - 1).getDiagnostics().isEmpty());
        }
    }

    /** The newest pushed diagnostics once they lack {@code code} (settings apply asynchronously). */
    static List<Diagnostic> awaitWithout(LspSession s, String uri, String code) {
        long deadline = System.currentTimeMillis() + LspSession.TIMEOUT_S * 1000L;
        while (System.currentTimeMillis() < deadline) {
            var all = s.client.published.get(uri);
            if (all != null && !all.isEmpty()) {
                List<Diagnostic> last = all.get(all.size() - 1).getDiagnostics();
                if (!has(last, code)) return last;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("diagnostics still contain " + code);
    }
}
