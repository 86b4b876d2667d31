package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.clauselint.lsp.server.Actions.at;
import static dev.clauselint.lsp.server.Actions.editsFor;
import static dev.clauselint.lsp.server.Actions.titled;
import static dev.clauselint.lsp.server.Actions.titles;
import static dev.clauselint.lsp.server.ContractAssert.has;
import static dev.clauselint.lsp.server.ContractAssert.r;
import static dev.clauselint.lsp.server.Contracts.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Disable in this workspace" and clauselint.disableRule: the rule goes into .clauselint.yaml and its diagnostics go away. */
class DisableRuleTest {
    private static final String RULE = "data.training-on-inputs";
    private static final String TITLE = "Disable " + RULE + " in this workspace";

    @TempDir
    Path root;

    private LspSession.Options workspace(boolean canCreateFiles, boolean resolves) {
        return new LspSession.Options().root(root).capabilities(c -> {
            if (canCreateFiles) c.getWorkspace().getWorkspaceEdit().setResourceOperations(List.of("create"));
            if (!resolves) c.getTextDocument().getCodeAction().setResolveSupport(null);
        });
    }

    private Path settingsFile() {
        return root.resolve(".clauselint.yaml");
    }

    private static Object disable(LspSession s, Object... args) {
        return LspSession.get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("clauselint.disableRule", List.of(args))));
    }

    /** The "Disable in this workspace" action on the training clause, once the contract is reviewed. */
    private static CodeAction disableAction(LspSession s, String uri) {
        s.awaitDiagnostics(uri, 1);
        return titled(at(s, uri, r(8, 0, 8, 0)), TITLE);
    }

    /** Whether the command's answer says the file was written. */
    private static boolean changed(Object result) {
        return Boolean.TRUE.equals(((java.util.Map<?, ?>) result).get("changed"));
    }

    /** Waits until the newest diagnostics of the document no longer have this code, and returns them. */
    private static List<Diagnostic> awaitGone(LspSession s, String uri, String code) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LspSession.TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            List<PublishDiagnosticsParams> got = s.client.published.get(uri);
            if (got != null && !got.isEmpty()) {
                List<Diagnostic> last = got.get(got.size() - 1).getDiagnostics();
                if (!has(last, code)) return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(code + " still reported for " + uri);
    }

    @Test
    void theActionCreatesTheSettingsFileAndRunsTheCommand() {
        try (LspSession s = LspSession.start(workspace(true, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            CodeAction disable = disableAction(s, uri);
            assertEquals("clauselint.disableRule", disable.getCommand().getCommand());
            assertEquals(List.of(RULE, uri), disable.getCommand().getArguments().stream().map(a -> ((com.google.gson.JsonElement) a).getAsString()).toList());
            assertEquals(RULE, disable.getDiagnostics().get(0).getCode().getLeft());
            String fileUri = settingsFile().toUri().toString();
            CreateFile create = (CreateFile) disable.getEdit().getDocumentChanges().get(0).getRight();
            assertEquals(fileUri, create.getUri());
            assertTrue(create.getOptions().getIgnoreIfExists(), "never overwrite a file made meanwhile");
            assertEquals("disable:\n  - " + RULE + "\n", ContractAssert.apply("", editsFor(disable, fileUri)));
        }
    }

    @Test
    void anExistingFileKeepsItsCommentsAndKeysAndTheEditComesOnResolve() throws Exception {
        String before = "# shared with the legal team\nperspective: customer\ndisable:\n  - missing.escrow\nmaxFindings: 50\n";
        Files.writeString(settingsFile(), before);
        try (LspSession s = LspSession.start(workspace(false, true))) {
            String uri = s.openMarkdown("small.md", SMALL);
            assertFalse(has(s.awaitDiagnostics(uri, 1), "missing.escrow"), "the file is read");
            CodeAction listed = titled(at(s, uri, r(8, 0, 8, 0)), TITLE);
            assertNull(listed.getEdit());
            CodeAction resolved = Actions.resolve(s, listed);
            assertEquals("# shared with the legal team\nperspective: customer\ndisable:\n  - missing.escrow\n  - " + RULE + "\nmaxFindings: 50\n",
                    ContractAssert.apply(before, editsFor(resolved, settingsFile().toUri().toString())));
            assertEquals("clauselint.disableRule", resolved.getCommand().getCommand());
        }
    }

    @Test
    void theCommandWritesTheFileAndTheDiagnosticGoesWhileOthersStay() throws Exception {
        try (LspSession s = LspSession.start(workspace(false, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            List<Diagnostic> before = s.awaitDiagnostics(uri, 1);
            assertTrue(changed(disable(s, RULE, uri)));
            assertEquals("disable:\n  - " + RULE + "\n", Files.readString(settingsFile(), StandardCharsets.UTF_8));
            List<Diagnostic> after = awaitGone(s, uri, RULE);
            assertEquals(before.size() - 1, after.size());
            assertTrue(has(after, "liability.low-cap"));
        }
    }

    @Test
    void theCommandAfterTheEditOrTwiceChangesNothing() throws Exception {
        try (LspSession s = LspSession.start(workspace(true, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            CodeAction action = disableAction(s, uri);
            // the editor applies the edit (and saves), then runs the command
            Files.writeString(settingsFile(), ContractAssert.apply("", editsFor(action, settingsFile().toUri().toString())));
            assertFalse(changed(disable(s, RULE)), "already listed: not written again");
            assertEquals("disable:\n  - " + RULE + "\n", Files.readString(settingsFile()));
            awaitGone(s, uri, RULE);
            assertFalse(changed(disable(s, RULE)));
            assertEquals("disable:\n  - " + RULE + "\n", Files.readString(settingsFile()));
        }
    }

    @Test
    void anEditorThatCannotCreateFilesGetsTheCommandAlone() throws Exception {
        try (LspSession s = LspSession.start(workspace(false, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            CodeAction disable = disableAction(s, uri);
            assertNull(disable.getEdit(), "there is no file to edit yet");
            assertEquals(RULE, ((com.google.gson.JsonElement) disable.getCommand().getArguments().get(0)).getAsString());
            assertFalse(Files.exists(settingsFile()), "listing actions writes nothing");
        }
    }

    @Test
    void withoutAWorkspaceFolderThereIsNothingToDisableIn() {
        try (LspSession s = LspSession.start(CodeActionsTest.inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            assertTrue(titles(at(s, uri, r(8, 0, 8, 0))).stream().noneMatch(t -> t.startsWith("Disable")));
            ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> disable(s, RULE));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getResponseError().getCode());
            assertTrue(e.getMessage().contains("no workspace folder"), e.getMessage());
        }
    }

    @Test
    void badArgumentsGetClearErrorsAndTheServerGoesOn() {
        try (LspSession s = LspSession.start(workspace(false, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            ResponseErrorException unknown = assertThrows(ResponseErrorException.class, () -> disable(s, "no.such-rule"));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), unknown.getResponseError().getCode());
            assertTrue(unknown.getMessage().contains("no rule \"no.such-rule\""), unknown.getMessage());
            ResponseErrorException none = assertThrows(ResponseErrorException.class, () -> disable(s));
            assertTrue(none.getMessage().contains("needs the rule id"), none.getMessage());
            ResponseErrorException number = assertThrows(ResponseErrorException.class, () -> disable(s, 42));
            assertTrue(number.getMessage().contains("needs the rule id"), number.getMessage());
            assertFalse(Files.exists(settingsFile()), "nothing written");
            assertTrue(changed(disable(s, RULE)), "still serving");
        }
    }

    @Test
    void aBrokenSettingsFileIsReportedNotOverwritten() throws Exception {
        Files.writeString(settingsFile(), "disable: [missing.escrow\n");
        try (LspSession s = LspSession.start(workspace(false, false))) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            assertNull(titled(at(s, uri, r(8, 0, 8, 0)), TITLE).getEdit(), "no edit for a file that cannot be read");
            ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> disable(s, RULE));
            assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
            assertEquals("disable: [missing.escrow\n", Files.readString(settingsFile()));
        }
    }
}
