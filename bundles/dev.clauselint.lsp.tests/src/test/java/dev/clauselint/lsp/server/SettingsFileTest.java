package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.server.ContractAssert.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace settings file and user playbooks, as a team shares them in the repository. */
class SettingsFileTest {

    @Test
    void theWorkspaceFileAppliesAndIsWatched(@TempDir Path root) throws IOException {
        Path file = root.resolve(".clauselint.yaml");
        Files.writeString(file, "# shared with the team\ndisable:\n  - liability.low-cap\n");
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).noConfigurationRequests())) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertFalse(has(s.awaitDiagnostics(uri, 1), "liability.low-cap"));
            // registerCapability is a request from the server: it has arrived by the time diagnostics have
            assertTrue(s.client.registrations.stream().anyMatch(r -> r.getRegistrations().stream()
                    .anyMatch(x -> x.getMethod().equals("workspace/didChangeWatchedFiles"))), "the server asks to watch the file");
            Files.writeString(file, "minimumSeverity: high\n");
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(file.toUri().toString(), FileChangeType.Changed))));
            var diags = DiagnosticsTest.awaitWithout(s, uri, "missing.dpa");
            assertTrue(has(diags, "liability.low-cap"), "back once the file no longer disables it");
        }
    }

    @Test
    void aBrokenWorkspaceFileIsReportedWithItsLineAndTheReviewGoesOn(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve(".clauselint.yaml"), "disable:\n  - liability.low-cap\nseverity: [unclosed\n");
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).noConfigurationRequests())) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertTrue(has(s.awaitDiagnostics(uri, 1), "data.training-on-inputs"), "reviewed with the defaults");
            assertTrue(shown(s).stream().anyMatch(m -> m.contains(".clauselint.yaml:") && m.contains("not valid YAML")), shown(s).toString());
        }
    }

    @Test
    void aUserPlaybookAddsARuleAndItsMistakesAreNamedByFileAndLine(@TempDir Path root) throws IOException {
        Path playbooks = Files.createDirectories(root.resolve("playbooks"));
        Files.writeString(playbooks.resolve("house.yaml"), """
                rules:
                  - id: house.no-audit
                    kind: clause
                    severity: low
                    message: The vendor refuses audits.
                    match: ["{vendor} will not be audited"]
                  - id: house.broken
                    kind: clause
                    severity: extreme
                    message: Broken on purpose.
                    match: ["anything"]
                """);
        Files.writeString(root.resolve(".clauselint.yaml"), "playbooks:\n  - playbooks/house.yaml\n");
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).noConfigurationRequests())) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL + "\nProvider will not be audited by anyone.\n");
            var diags = s.awaitDiagnostics(uri, 1);
            assertTrue(has(diags, "data.training-on-inputs"), "the shipped rules still run");
            assertTrue(shown(s).stream().anyMatch(m -> m.contains("house.yaml:") && m.contains("severity")), shown(s).toString());
        }
    }

    private static List<String> shown(LspSession s) {
        return s.client.shown.stream().map(MessageParams::getMessage).toList();
    }
}
