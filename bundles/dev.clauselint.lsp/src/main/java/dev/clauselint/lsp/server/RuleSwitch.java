package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.concurrent.CompletableFuture;

/** clauselint.disableRule: switches a rule off in the workspace settings file. TODO(helper A). */
final class RuleSwitch {
    private RuleSwitch() {
    }

    static CompletableFuture<Object> disable(ClauselintServer server, ExecuteCommandParams params) {
        return CompletableFuture.completedFuture(null);
    }
}
