package dev.clauselint.eclipse.client;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;

import java.net.URI;
import java.util.List;

/** What this client tells the server it can do; only what it really implements. */
final class ClientCapabilitiesFactory {
    private ClientCapabilitiesFactory() {
    }

    static InitializeParams initializeParams(URI workspaceRoot) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setClientInfo(new ClientInfo("Eclipse (Clauselint client)"));
        if (workspaceRoot != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspaceRoot.toString(), "workspace")));
        }
        params.setCapabilities(capabilities());
        return params;
    }

    private static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setSynchronization(new SynchronizationCapabilities(false, false, false));
        PublishDiagnosticsCapabilities diagnostics = new PublishDiagnosticsCapabilities();
        diagnostics.setVersionSupport(true);
        text.setPublishDiagnostics(diagnostics);
        // Code actions with their edits filled in (no resolveSupport): the fix cache can then
        // apply one the moment the user picks it, without a round trip on the UI thread.
        CodeActionCapabilities actions = new CodeActionCapabilities();
        actions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))));
        text.setCodeAction(actions);
        // Plain text: the hover is shown in a plain information control, not a browser.
        text.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));

        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setApplyEdit(true);
        // Versioned edits: one computed on text that has changed since is refused, not misapplied.
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        // Settings come from the preference store: the server pulls them after each
        // (empty) didChangeConfiguration the client sends when a preference changes.
        workspace.setConfiguration(true);
        workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(false));
        return new ClientCapabilities(workspace, text, null);
    }
}
