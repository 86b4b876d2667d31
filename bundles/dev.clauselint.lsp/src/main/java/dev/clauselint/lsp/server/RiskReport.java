package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.concurrent.CompletableFuture;

/** clauselint.riskReport: the risk report of a document as JSON. TODO(helper C). */
final class RiskReport {
    private RiskReport() {
    }

    static CompletableFuture<Object> command(ClauselintServer server, ExecuteCommandParams params) {
        return CompletableFuture.completedFuture(null);
    }
}
