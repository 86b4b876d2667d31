package dev.clauselint.eclipse.rename;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.UiThread;
import dev.clauselint.eclipse.fixes.WorkspaceEditApplier;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.swt.widgets.Shell;

import java.util.concurrent.CompletionException;

/**
 * One rename, in steps that each leave the UI thread free: prepareRename (queued on the outbox),
 * the new name (UI thread), rename (queued), the edit applied as one undoable change (UI thread).
 * The server's refusals (not a term, a bad name) are shown as they are worded.
 */
final class TermRename {
    private static volatile NewNameQuestion question = NewNameQuestion.DIALOG;

    private final ContractClient client;
    private final DocumentSync sync;
    private final Position caret;
    private final Shell shell;

    TermRename(ContractClient client, DocumentSync sync, Position caret, Shell shell) {
        this.client = client;
        this.sync = sync;
        this.caret = caret;
        this.shell = shell;
    }

    /** See {@link RenameTermHandler#answerNameWith}. */
    static void answerWith(NewNameQuestion answer) {
        question = answer == null ? NewNameQuestion.DIALOG : answer;
    }

    void start() {
        TextDocumentIdentifier id = new TextDocumentIdentifier(sync.uri());
        client.request(server -> server.getTextDocumentService().prepareRename(new PrepareRenameParams(id, caret)))
                .thenAccept(answer -> UiThread.async(() -> askName(currentName(answer))))
                .exceptionally(this::refused);
    }

    private void askName(String current) {
        if (shell.isDisposed()) return;
        if (current == null) {
            MessageDialog.openInformation(shell, "Rename Defined Term", "Place the caret on a defined term to rename it.");
            return;
        }
        String name = question.ask(shell, current);
        if (name == null || name.equals(current)) return;
        TextDocumentIdentifier id = new TextDocumentIdentifier(sync.uri());
        client.request(server -> server.getTextDocumentService().rename(new RenameParams(id, caret, name)))
                .thenAccept(edit -> UiThread.async(() -> apply(edit)))
                .exceptionally(this::refused);
    }

    private void apply(WorkspaceEdit edit) {
        if (edit == null || shell.isDisposed()) return;
        if (!WorkspaceEditApplier.apply(client, edit)) {
            MessageDialog.openError(shell, "Rename Defined Term", "The text changed while the rename was computed; try again.");
        }
    }

    /** The name the server offers to rename, or null when it gives no name. */
    private static String currentName(Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> answer) {
        if (answer == null || !answer.isSecond()) return null;
        return answer.getSecond().getPlaceholder();
    }

    /** Any thread: the server's message (or the failure) in an error dialog on the UI thread. */
    private Void refused(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof ResponseErrorException r ? r.getResponseError().getMessage() : String.valueOf(cause.getMessage());
        if (!(cause instanceof ResponseErrorException)) ClauselintPlugin.info("Clauselint: rename failed: " + message);
        UiThread.async(() -> {
            if (!shell.isDisposed()) MessageDialog.openError(shell, "Rename Defined Term", message);
        });
        return null;
    }
}
