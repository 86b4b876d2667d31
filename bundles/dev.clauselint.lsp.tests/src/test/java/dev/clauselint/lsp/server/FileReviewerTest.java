package dev.clauselint.lsp.server;

import com.google.gson.JsonParser;
import dev.clauselint.core.read.UnreadableInputException;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.server.ContractAssert.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reviewing a closed file in process (the Eclipse builder's way) gives the server's diagnostics. */
class FileReviewerTest {

    @Test
    void givesTheDiagnosticsTheServerPublishes(@TempDir Path root) throws Exception {
        List<Diagnostic> direct = FileReviewer.create(null, root)
                .review("file:///small.md", Contracts.SMALL.getBytes(StandardCharsets.UTF_8), "small.md").diagnostics();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).noConfigurationRequests())) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            List<Diagnostic> published = s.awaitDiagnostics(uri, 1);
            assertTrue(has(direct, "data.training-on-inputs"), direct.toString());
            assertEquals(summary(published), summary(direct));
        }
    }

    @Test
    void appliesTheEditorSettingsAndThenTheWorkspaceFile(@TempDir Path root) throws IOException, UnreadableInputException {
        Files.writeString(root.resolve(".clauselint.yaml"), "disable:\n  - liability.low-cap\n");
        FileReviewer reviewer = FileReviewer.create(JsonParser.parseString("{\"disable\": [\"data.training-on-inputs\"]}"), root);
        List<Diagnostic> d = reviewer.review("file:///small.md", Contracts.SMALL.getBytes(StandardCharsets.UTF_8), "small.md").diagnostics();
        assertFalse(has(d, "data.training-on-inputs"), "the editor's setting");
        assertFalse(has(d, "liability.low-cap"), "the workspace file's, added to the editor's");
        assertFalse(d.isEmpty(), "the other findings stay");
    }

    private static List<String> summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getRange() + " " + d.getSeverity() + " " + d.getMessage()).sorted().toList();
    }
}
