package dev.clauselint.eclipse.client;

import com.google.gson.JsonObject;
import dev.clauselint.eclipse.fixes.FixCache;
import dev.clauselint.eclipse.markers.MarkerUpdateJob;
import dev.clauselint.eclipse.preferences.ClauselintPreferences;
import dev.clauselint.eclipse.preferences.SettingsNotifier;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.services.LanguageServer;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The workbench's Clauselint client: one server connection (started on first use), the
 * documents open in Contract editors, and the quick fixes offered for their findings.
 */
public final class ContractClient {
    private static ContractClient shared;

    private final ServerConnection connection;
    private final Map<String, DocumentSync> open = new ConcurrentHashMap<>();
    private final FixCache fixes = new FixCache();
    private volatile IProject settingsProject;
    private volatile JsonObject lastAnswered;
    private final SettingsNotifier settingsNotifier = new SettingsNotifier(this::queueSettingsNotice);

    private ContractClient() {
        URI root = ResourcesPlugin.getWorkspace().getRoot().getLocationURI();
        connection = new ServerConnection(new ContractLanguageClient(this), ClientCapabilitiesFactory.initializeParams(root));
        ClauselintPreferences.store().addPropertyChangeListener(settingsNotifier);
    }

    /** The client, connecting to a new server the first time. Cheap: nothing here waits for the server. */
    public static synchronized ContractClient shared() {
        if (shared == null) shared = new ContractClient();
        return shared;
    }

    /** The client if one is running, else null; for callers that must not start a server. */
    public static synchronized ContractClient existing() {
        return shared;
    }

    public static synchronized void disposeShared() {
        if (shared != null) {
            ClauselintPreferences.store().removePropertyChangeListener(shared.settingsNotifier);
            shared.connection.dispose();
        }
        shared = null;
    }

    /** Starts syncing a document with the server (or shares the sync another editor started). */
    public synchronized DocumentSync open(IFile file, IDocument document) {
        URI location = file.getLocationURI();
        if (location == null) return null; // not on the local file system: nothing to review
        String uri = location.toString();
        DocumentSync sync = open.get(uri);
        if (sync == null) {
            sync = new DocumentSync(connection, file, document, uri);
            open.put(uri, sync);
            sync.open();
            followOpenDocuments();
        }
        sync.retain();
        return sync;
    }

    public synchronized void close(DocumentSync sync) {
        if (sync.release() > 0) return;
        open.remove(sync.uri());
        fixes.forget(sync.uri());
        sync.close();
        MarkerUpdateJob.clearLater(sync.file());
        followOpenDocuments();
    }

    /**
     * The settings changed: an empty notice, after which the server asks for them
     * (workspace/configuration, answered from the preference store) and reviews again.
     */
    private void queueSettingsNotice(Runnable whenSent) {
        connection.notify(s -> {
            whenSent.run();
            s.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
        });
    }

    /** A project's settings changed: the server should pull the settings again and re-review. */
    public void settingsChanged() {
        settingsNotifier.settingsChanged();
    }

    /**
     * The project whose settings the server is given: that of an open document, or null (the
     * workspace's). The server holds one set of settings for all documents and asks without a
     * scopeUri, so a per-document answer is not possible with it; one server per project would
     * be, at the cost of a server and a review cache per project. Contracts are usually edited
     * one project at a time, so the open documents' project decides; closed files (the builder)
     * always get their own project's settings.
     */
    public IProject settingsProject() {
        return settingsProject;
    }

    /**
     * Keeps {@link #settingsProject} on a project that still has an open document, and tells the
     * server when it moves (the first contract of another project opened, or the last of this one
     * closed), so the open documents are reviewed with their project's settings.
     */
    private void followOpenDocuments() {
        IProject current = settingsProject;
        boolean stillOpen = current != null && open.values().stream().anyMatch(s -> current.equals(s.file().getProject()));
        if (stillOpen) return;
        IProject next = open.values().stream().map(s -> s.file().getProject()).findFirst().orElse(null);
        settingsProject = next;
        // nothing open: nothing to review again; the next document to open tells the server.
        // The settings the server already has (the usual case, no project-specific ones): no need either.
        if (next != null && !ClauselintPreferences.settings(next).equals(lastAnswered)) settingsChanged();
    }

    /** Remembers the settings last handed to the server, so a project switch that changes nothing sends nothing. */
    void settingsAnswered(JsonObject settings) {
        lastAnswered = settings;
    }

    /** The open document with this URI, or null. */
    public DocumentSync find(String uri) {
        return open.get(uri);
    }

    public FixCache fixes() {
        return fixes;
    }

    /** Sends a request after everything queued before it; see {@link ServerConnection} for the threading rules. */
    public <T> CompletableFuture<T> request(Function<LanguageServer, CompletableFuture<T>> call) {
        return connection.request(call);
    }
}
