package dev.clauselint.eclipse.client;

import com.google.gson.JsonObject;
import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.fixes.WorkspaceEditApplier;
import dev.clauselint.eclipse.markers.MarkerUpdateJob;
import dev.clauselint.eclipse.preferences.ClauselintPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the server may ask of Eclipse. Every method runs on lsp4j's reader thread and returns at
 * once: work is handed to a job or to the UI thread, so the reader is never held up.
 */
final class ContractLanguageClient implements LanguageClient {
    private final ContractClient client;

    ContractLanguageClient(ContractClient client) {
        this.client = client;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        DocumentSync sync = client.find(params.getUri());
        if (sync == null) return; // closed meanwhile: its markers went with it
        new MarkerUpdateJob(client, sync, params).schedule();
        sync.reviewed();
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        CompletableFuture<ApplyWorkspaceEditResponse> done = new CompletableFuture<>();
        boolean queued = UiThread.async(() -> done.complete(new ApplyWorkspaceEditResponse(WorkspaceEditApplier.apply(client, params.getEdit()))));
        if (!queued) done.complete(new ApplyWorkspaceEditResponse(false));
        return done;
    }

    /** The {@code clauselint} section from the preference store (a read, never a wait); null for others. */
    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> values = new ArrayList<>();
        for (ConfigurationItem item : params.getItems()) {
            if ("clauselint".equals(item.getSection())) {
                JsonObject settings = ClauselintPreferences.settings(project(item.getScopeUri()));
                if (item.getScopeUri() == null) client.settingsAnswered(settings);
                values.add(settings);
            } else {
                values.add(null);
            }
        }
        return CompletableFuture.completedFuture(values);
    }

    /** The project of the scope asked about; without a scope (the usual case), that of the open documents. */
    private IProject project(String scopeUri) {
        if (scopeUri != null) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(scopeUri));
            if (files.length > 0) return files[0].getProject();
        }
        return client.settingsProject();
    }

    @Override
    public void showMessage(MessageParams message) {
        logMessage(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        logMessage(request);
        return CompletableFuture.completedFuture(null);
    }

    /** Problems only: the server's chatter would flood the error log. */
    @Override
    public void logMessage(MessageParams message) {
        if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
            ClauselintPlugin.warn("Clauselint server: " + message.getMessage());
        }
    }

    @Override
    public void telemetryEvent(Object object) {
        // not collected
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }
}
