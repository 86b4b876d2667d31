package dev.clauselint.lsp.server;

import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property: after any sequence of edits sent the way editors send them (ranges, several per
 * notification, typing inside paragraphs, new lines, deletions across lines), the diagnostics the
 * editor ends up with are those of a fresh review of the final text. Quick paragraph reviews may
 * publish first; the full review that follows must land on the same answer.
 */
class IncrementalSyncTest {
    private static final String[] TYPED = {"s", " may", "\n", "\n\n", " will not", "", "## 5. Term\n\n", "\u201cFee\u201d means the price. ",
            " we may use your content to train our models and", "e"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomEditsEndWithTheDiagnosticsOfAFreshReview(long seed) {
        Random random = new Random(seed);
        try (LspSession s = LspSession.start()) {
            String text = Contracts.SMALL + "\nWe may suspend the Services at any time.\n\nCustomer Content stays Customer's.\n";
            String uri = s.openMarkdown("edited.md", text);
            s.awaitDiagnostics(uri, 1);
            int version = 1;
            for (int round = 0; round < 12; round++) {
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int n = random.nextInt(4) == 0 ? 2 : 1;
                for (int c = 0; c < n; c++) {
                    PositionMapper m = new PositionMapper(text);
                    int start = random.nextInt(text.length() + 1);
                    int end = Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(30) : 0));
                    String typed = TYPED[random.nextInt(TYPED.length)];
                    changes.add(new TextDocumentContentChangeEvent(new Range(pos(m, start), pos(m, end)), typed));
                    text = text.substring(0, start) + typed + text.substring(end);
                }
                version++;
                s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version), changes));
                if (random.nextBoolean()) s.awaitDiagnostics(uri, version);
            }
            String fresh = s.openMarkdown("fresh.md", text);
            List<String> expected = shown(s.awaitDiagnostics(fresh, 1));
            long deadline = System.currentTimeMillis() + 20_000;
            List<String> actual;
            do {
                actual = shown(s.awaitDiagnostics(uri, version));
                if (actual.equals(expected)) break;
                sleep();
            } while (System.currentTimeMillis() < deadline);
            assertEquals(expected, actual, "diagnostics after the edits, for the text:\n" + text);
        }
    }

    private static Position pos(PositionMapper m, int offset) {
        PositionMapper.Position p = m.position(offset);
        return new Position(p.line(), p.character());
    }

    private static List<String> shown(List<Diagnostic> diags) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diags) out.add(ContractAssert.show(d) + " " + d.getMessage());
        out.sort(null);
        return out;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
