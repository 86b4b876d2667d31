package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.doc;
import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.OutlineTest.range;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The code lenses at the top of a contract: risk score with counts, and missing protections. */
class LensTest {

    /** Each lens as "range title -> command [arguments as JSON]". */
    private static List<String> lenses(LspSession s, String uri) {
        List<String> out = new ArrayList<>();
        for (CodeLens l : get(s.server.getTextDocumentService().codeLens(new CodeLensParams(doc(uri))))) {
            out.add(range(l.getRange()) + " " + l.getCommand().getTitle() + " -> " + l.getCommand().getCommand() + " "
                    + l.getCommand().getArguments());
        }
        return out;
    }

    @Test
    void theFirstLineShowsTheScoreAndTheMissingProtections() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertEquals(List.of(
                    "0:0-0:0 Risk 68/100 (D): 7 high, 8 medium, 3 low -> clauselint.riskReport [\"file:///contracts/small.md\"]",
                    "0:0-0:0 14 missing protections -> clauselint.riskReport [\"file:///contracts/small.md\"]"), lenses(s, uri));
        }
    }

    @Test
    void theLensFollowsAnEdit() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            s.awaitDiagnostics(uri, 1);
            int line = Contracts.lineOf(Contracts.SMALL, Contracts.TRAINING);
            s.change(uri, 2, line, 0, line, Contracts.TRAINING.length(), Contracts.BALANCED_TRAINING);
            // the balanced clause also gives the no-training commitment: two high findings fewer
            String risk = lenses(s, uri).get(0);
            assertEquals("0:0-0:0 Risk 61/100 (D): 5 high, 8 medium, 3 low -> clauselint.riskReport [\"file:///contracts/small.md\"]", risk);
        }
    }

    @Test
    void anEmptyDocumentHasNoLens() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("empty.md", "\n  \n");
            assertEquals(List.of(), lenses(s, uri));
        }
    }

    @Test
    void aDocumentTooLargeToReviewHasNoLens() {
        try (LspSession s = LspSession.start(new LspSession.Options().initializationOptions("{\"maxFileSize\": 100}"))) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertEquals(List.of(), lenses(s, uri));
        }
    }
}
