package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.UiThread;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ExecuteCommandParams;

/**
 * Carries out a code action the user picked, from the UI thread: applies its edit at once when
 * it has one, otherwise resolves it on the server and applies the result later (asyncExec),
 * then runs its command in the background. Nothing here waits for the server.
 */
public final class CodeActionRunner {
    private CodeActionRunner() {
    }

    public static void run(ContractClient client, CodeAction action) {
        if (action.getEdit() == null && action.getData() != null) {
            client.request(s -> s.getTextDocumentService().resolveCodeAction(action))
                    .thenAccept(resolved -> UiThread.async(() -> perform(client, resolved)))
                    .exceptionally(e -> {
                        ClauselintPlugin.log("Clauselint: could not resolve the fix \"" + action.getTitle() + "\"", e);
                        return null;
                    });
            return;
        }
        perform(client, action);
    }

    private static void perform(ContractClient client, CodeAction action) {
        if (action.getEdit() != null && !WorkspaceEditApplier.apply(client, action.getEdit())) return;
        Command command = action.getCommand();
        if (command == null) return;
        client.request(s -> s.getWorkspaceService().executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments())))
                .exceptionally(e -> {
                    ClauselintPlugin.log("Clauselint: the command of \"" + action.getTitle() + "\" failed", e);
                    return null;
                });
    }
}
