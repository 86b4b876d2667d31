package dev.clauselint.eclipse.compare;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends {@code clauselint.compareWith [uri, other]} through the client's outbox (so it follows
 * the didOpen and didChanges of the document), like the Risk view's report. The future completes
 * on lsp4j's reader thread: continuations hand UI work to {@code Display.asyncExec}.
 */
final class RiskChangesRequest {
    static final String COMMAND = "clauselint.compareWith";
    static final String CLEAR = "clauselint.clearComparison";

    private RiskChangesRequest() {
    }

    static CompletableFuture<RiskChanges> send(ContractClient client, String uri, String other) {
        ExecuteCommandParams params = new ExecuteCommandParams(COMMAND, List.of(uri, other));
        return client.request(s -> s.getWorkspaceService().executeCommand(params)).thenApply(RiskChanges::parse);
    }

    /** Ends the comparison: the server withdraws its clauselint-compare diagnostics of the document. */
    static void clear(ContractClient client, String uri) {
        ExecuteCommandParams params = new ExecuteCommandParams(CLEAR, List.of(uri));
        client.request(s -> s.getWorkspaceService().executeCommand(params));
    }

    /** The server's refusal as it words it ("... is not tracked by git; ..."), or the failure's message. */
    static String message(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        if (t instanceof ResponseErrorException r && r.getResponseError() != null) return r.getResponseError().getMessage();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
