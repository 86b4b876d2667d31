package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.util.concurrent.CompletableFuture;

/** {@code workspace/*}: settings changes, the settings file, folders and the server's commands. */
final class ContractWorkspaceService implements WorkspaceService {
    private final ClauselintServer server;

    ContractWorkspaceService(ClauselintServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // Editors that support workspace/configuration send an empty notice and expect a pull;
        // others (older Neovim, eglot) push the settings here.
        if (params.getSettings() instanceof JsonElement json && json.isJsonObject() && json.getAsJsonObject().has(ServerSettings.SECTION)) {
            server.configuration().editor(json.getAsJsonObject().get(ServerSettings.SECTION));
            server.applySettings(true);
        } else if (server.capabilities().getWorkspace() != null && Boolean.TRUE.equals(server.capabilities().getWorkspace().getConfiguration())) {
            server.pullEditorSettings();
        } else {
            server.applySettings(true);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        for (FileEvent e : params.getChanges()) {
            if (e.getUri() != null && e.getUri().endsWith("/" + Configuration.WORKSPACE_FILE)) {
                server.applySettings(true);
                return;
            }
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        var event = params.getEvent();
        if (event != null) server.folderChanges(event.getAdded(), event.getRemoved());
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return switch (params.getCommand()) {
            case ClauselintServer.CMD_RISK_REPORT, ClauselintServer.CMD_DISABLE_RULE, ClauselintServer.CMD_SCAN_WORKSPACE,
                 ClauselintServer.CMD_COMPARE_WITH, ClauselintServer.CMD_CLEAR_COMPARISON ->
                    ServerCommands.execute(server, params);
            default -> CompletableFuture.failedFuture(Requests.invalidParams("unknown command " + params.getCommand()));
        };
    }
}
