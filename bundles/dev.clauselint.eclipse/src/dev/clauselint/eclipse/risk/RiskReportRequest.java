package dev.clauselint.eclipse.risk;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the server for a document's risk report. Goes through the client's outbox like every
 * other request, so it follows the didChange it reflects; the server answers once the newest
 * text has been reviewed. The future completes on lsp4j's reader thread: continuations must
 * hand UI work to {@code Display.asyncExec}.
 */
final class RiskReportRequest {
    static final String COMMAND = "clauselint.riskReport";

    private RiskReportRequest() {
    }

    static CompletableFuture<RiskReport> send(ContractClient client, String uri) {
        ExecuteCommandParams params = new ExecuteCommandParams(COMMAND, List.of(uri));
        return client.request(s -> s.getWorkspaceService().executeCommand(params)).thenApply(RiskReport::parse);
    }
}
