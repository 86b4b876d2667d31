package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.concurrent.CompletableFuture;

/** Routes {@code workspace/executeCommand} to the class that does the work. */
final class ServerCommands {
    private ServerCommands() {
    }

    static CompletableFuture<Object> execute(ClauselintServer server, ExecuteCommandParams params) {
        return switch (params.getCommand()) {
            case ClauselintServer.CMD_RISK_REPORT -> RiskReport.command(server, params);
            case ClauselintServer.CMD_DISABLE_RULE -> RuleSwitch.disable(server, params);
            case ClauselintServer.CMD_SCAN_WORKSPACE -> WorkspaceScan.command(server, params);
            case ClauselintServer.CMD_COMPARE_WITH -> CompareCommand.compareWith(server, params);
            case ClauselintServer.CMD_CLEAR_COMPARISON -> CompareCommand.clear(server, params);
            default -> CompletableFuture.failedFuture(new IllegalArgumentException("unknown command " + params.getCommand()));
        };
    }
}
