package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An editor as the tests play it: records everything the server sends. */
public class TestClient implements LanguageClient {
    /** Every publishDiagnostics, in arrival order, per document. */
    public final Map<String, List<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
    public final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    public final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    public final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    public final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    public final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    public final List<ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
    public volatile int diagnosticRefreshes;
    /** What workspace/configuration answers for the clauselint section. */
    public volatile JsonElement settings;

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.computeIfAbsent(diagnostics.getUri(), u -> Collections.synchronizedList(new ArrayList<>())).add(diagnostics);
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        shown.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        shown.add(new MessageParams(requestParams.getType(), requestParams.getMessage()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < params.getItems().size(); i++) out.add(settings);
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        appliedEdits.add(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        diagnosticRefreshes++;
        return CompletableFuture.completedFuture(null);
    }
}
