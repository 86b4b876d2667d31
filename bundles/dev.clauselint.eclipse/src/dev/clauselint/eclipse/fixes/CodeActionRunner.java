package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.UiThread;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.List;

/**
 * Carries out a code action the user picked, from the UI thread: applies its edit at once when
 * it has one (or, when the text changed since it was cached, fetches it afresh), otherwise
 * resolves it on the server and applies the result later (asyncExec), then runs its command in
 * the background. Nothing here waits for the server.
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
        if (action.getEdit() != null && WorkspaceEditApplier.isStale(client, action.getEdit())) {
            refetch(client, action);
            return;
        }
        performNow(client, action);
    }

    /**
     * The user typed since the fixes were cached: asks the server for the same finding's fixes
     * on the current text and applies the one with the same title (once; never loops).
     */
    private static void refetch(ContractClient client, CodeAction stale) {
        List<Diagnostic> findings = stale.getDiagnostics();
        String uri = documentOf(stale.getEdit());
        if (findings == null || findings.isEmpty() || uri == null) {
            ClauselintPlugin.info("Clauselint: the fix \"" + stale.getTitle() + "\" is out of date; try again");
            return;
        }
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), findings.get(0).getRange(),
                new CodeActionContext(List.of(), List.of(CodeActionKind.QuickFix)));
        client.request(s -> s.getTextDocumentService().codeAction(params))
                .thenAccept(actions -> actions.stream()
                        .filter(Either::isRight).map(Either::getRight)
                        .filter(a -> stale.getTitle().equals(a.getTitle()))
                        .findFirst()
                        .ifPresentOrElse(fresh -> UiThread.async(() -> performNow(client, fresh)),
                                () -> ClauselintPlugin.info("Clauselint: \"" + stale.getTitle() + "\" no longer applies to the current text")))
                .exceptionally(e -> {
                    ClauselintPlugin.log("Clauselint: could not refresh the fix \"" + stale.getTitle() + "\"", e);
                    return null;
                });
    }

    private static String documentOf(WorkspaceEdit edit) {
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) return change.getLeft().getTextDocument().getUri();
            }
        }
        if (edit.getChanges() != null && !edit.getChanges().isEmpty()) return edit.getChanges().keySet().iterator().next();
        return null;
    }

    private static void performNow(ContractClient client, CodeAction action) {
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
