package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import dev.clauselint.lsp.cli.DiffJson;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

import java.util.concurrent.CompletableFuture;

/**
 * {@code clauselint.compareWith [uri, other]}: compares an open contract with another version
 * ({@code other} is a file path or URI, or "HEAD" for the version committed in git) and answers
 * with the change summary of {@code clauselint diff --format json}. While active, the clauses that
 * got riskier carry extra diagnostics ({@link Comparisons}). {@code clauselint.clearComparison [uri]}
 * removes them.
 */
final class CompareCommand {
    private CompareCommand() {
    }

    static CompletableFuture<Object> compareWith(ClauselintServer server, ExecuteCommandParams params) {
        String uri;
        String target;
        try {
            uri = CommandArguments.uri(params.getArguments(), "the first argument must be the document's URI");
            target = CommandArguments.string(params.getArguments(), 1);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(Requests.invalidParams(ClauselintServer.CMD_COMPARE_WITH + ": " + e.getMessage()));
        }
        if (target == null) {
            return CompletableFuture.failedFuture(Requests.invalidParams(ClauselintServer.CMD_COMPARE_WITH
                    + " needs a second argument: the other version's path or URI, or \"HEAD\""));
        }
        return server.requests().onSettled(uri, ClauselintServer.CMD_COMPARE_WITH, (Object) null, a -> {
            OtherVersion other = OtherVersion.load(uri, target, server.folders());
            JsonObject summary = DiffJson.of(server.comparisons.start(a, other));
            publish(server, a);
            return new ChangeSummary(summary);
        }).thenApply(r -> {
            if (r == null) throw Requests.invalidParams(ClauselintServer.CMD_COMPARE_WITH + ": " + uri + " could not be reviewed");
            return r;
        });
    }

    static CompletableFuture<Object> clear(ClauselintServer server, ExecuteCommandParams params) {
        String uri;
        try {
            uri = CommandArguments.uri(params.getArguments(), "the first argument must be the document's URI");
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(Requests.invalidParams(ClauselintServer.CMD_CLEAR_COMPARISON + ": " + e.getMessage()));
        }
        boolean was = server.comparisons.stop(uri);
        if (!was || !server.scheduler.isOpen(uri)) return CompletableFuture.completedFuture(was);
        return server.requests().on(uri, ClauselintServer.CMD_CLEAR_COMPARISON, (Object) was, a -> {
            publish(server, a);
            return was;
        });
    }

    /** Shows the diagnostics with (or without) the comparison's at once, however the editor takes them. */
    private static void publish(ClauselintServer server, Analysis a) {
        var client = server.client();
        if (client == null) return;
        if (server.pullDiagnostics()) {
            server.refreshDiagnostics();
        } else {
            client.publishDiagnostics(new PublishDiagnosticsParams(a.uri(),
                    server.comparisons.withComparison(a, DiagnosticFactory.of(a)), a.version()));
        }
    }
}
