package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.concurrent.CompletableFuture;

/** clauselint.scanWorkspace: reviews every contract file in the workspace folders, with progress. TODO(helper C). */
final class WorkspaceScan {
    private WorkspaceScan() {
    }

    static CompletableFuture<Object> command(ClauselintServer server, ExecuteCommandParams params) {
        return CompletableFuture.completedFuture(null);
    }
}
