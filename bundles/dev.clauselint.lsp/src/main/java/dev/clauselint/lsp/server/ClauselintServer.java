package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import dev.clauselint.lsp.cli.Cli;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Clauselint language server: holds the open contracts and the settings, hands reviews to the
 * {@link ReviewScheduler} and turns their results into LSP messages. Matching logic lives in the
 * core; nothing here decides what is risky.
 */
public final class ClauselintServer implements LanguageServer, LanguageClientAware {
    static final String CMD_RISK_REPORT = "clauselint.riskReport";
    static final String CMD_DISABLE_RULE = "clauselint.disableRule";
    static final String CMD_SCAN_WORKSPACE = "clauselint.scanWorkspace";
    static final String CMD_COMPARE_WITH = "clauselint.compareWith";
    static final String CMD_CLEAR_COMPARISON = "clauselint.clearComparison";

    private volatile LanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile Configuration configuration = new Configuration(null);
    private final List<Path> folders = new ArrayList<>();
    final Map<String, OpenContract> documents = new ConcurrentHashMap<>();
    final ReviewScheduler scheduler;
    final Comparisons comparisons = new Comparisons();
    private final ContractTextService textService = new ContractTextService(this);
    private final ContractWorkspaceService workspaceService = new ContractWorkspaceService(this);
    private final Set<String> shownProblems = ConcurrentHashMap.newKeySet();
    /** Per document, the version whose quick review an editor that pulls may have seen. */
    private final Map<String, Integer> provisional = new ConcurrentHashMap<>();
    private volatile boolean shutdown;

    public ClauselintServer() {
        this.scheduler = new ReviewScheduler(null, ServerSettings.defaults(), this::reviewed, this::failed);
        // Load the shipped playbook and compile its patterns (a reviewer does so when it is made)
        // while the editor is still starting up: that is most of the time to a first review.
        // Later setups reuse both.
        Thread warmUp = new Thread(() -> ReviewSetup.create(ServerSettings.defaults(), null), "clauselint-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    LanguageClient client() {
        return client;
    }

    ClientCapabilities capabilities() {
        return capabilities;
    }

    List<Path> folders() {
        synchronized (folders) {
            return List.copyOf(folders);
        }
    }

    Requests requests() {
        return textService.requests;
    }

    Configuration configuration() {
        return configuration;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) capabilities = params.getCapabilities();
        synchronized (folders) {
            if (params.getWorkspaceFolders() != null) {
                for (WorkspaceFolder f : params.getWorkspaceFolders()) addFolder(f.getUri());
            } else if (params.getRootUri() != null) {
                addFolder(params.getRootUri());
            } else if (params.getRootPath() != null) {
                folders.add(Path.of(params.getRootPath()));
            }
        }
        configuration = new Configuration(folders().isEmpty() ? null : folders().get(0));
        if (params.getInitializationOptions() instanceof JsonElement json) configuration.initializationOptions(json);
        applySettings(false);

        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(sync);
        DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, false);
        pull.setIdentifier(DiagnosticFactory.SOURCE);
        caps.setDiagnosticProvider(pull);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix));
        actions.setResolveProvider(true);
        caps.setCodeActionProvider(actions);
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setDocumentHighlightProvider(true);
        caps.setRenameProvider(new RenameOptions(true));
        caps.setCompletionProvider(new CompletionOptions(false, List.of("\"", "\u201c")));
        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CMD_RISK_REPORT, CMD_DISABLE_RULE, CMD_SCAN_WORKSPACE,
                CMD_COMPARE_WITH, CMD_CLEAR_COMPARISON)));
        WorkspaceFoldersOptions wf = new WorkspaceFoldersOptions();
        wf.setSupported(true);
        wf.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(wf));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo(Cli.NAME, Cli.version())));
    }

    private void addFolder(String uri) {
        try {
            folders.add(Path.of(URI.create(uri)));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            log(MessageType.Warning, "ignoring workspace folder " + uri + ": not a local folder");
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        List<Registration> registrations = new ArrayList<>();
        var ws = capabilities.getWorkspace();
        if (ws != null && ws.getDidChangeWatchedFiles() != null && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration())) {
            registrations.add(new Registration("clauselint-settings-file", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(List.of(new FileSystemWatcher(Either.forLeft("**/" + Configuration.WORKSPACE_FILE))))));
        }
        if (ws != null && ws.getDidChangeConfiguration() != null && Boolean.TRUE.equals(ws.getDidChangeConfiguration().getDynamicRegistration())) {
            registrations.add(new Registration("clauselint-settings", "workspace/didChangeConfiguration", null));
        }
        if (!registrations.isEmpty() && client != null) {
            client.registerCapability(new RegistrationParams(registrations)).exceptionally(e -> {
                log(MessageType.Warning, "the editor refused to watch settings: " + e.getMessage());
                return null;
            });
        }
        pullEditorSettings();
    }

    /** Asks the editor for the {@code clauselint} section, where it supports {@code workspace/configuration}. */
    void pullEditorSettings() {
        var ws = capabilities.getWorkspace();
        if (client == null || ws == null || !Boolean.TRUE.equals(ws.getConfiguration())) return;
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(ServerSettings.SECTION);
        client.configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (values != null && !values.isEmpty() && values.get(0) instanceof JsonElement json) {
                configuration.editor(json);
            }
            applySettings(true);
        }).exceptionally(e -> {
            log(MessageType.Warning, "could not read the editor's clauselint settings: " + e.getMessage());
            return null;
        });
    }

    /**
     * Re-reads every settings source, rebuilds the reviewer and, when asked, reviews every open
     * contract again. Problems are shown to the user once each, and logged every time.
     */
    void applySettings(boolean rereview) {
        ServerSettings.Parsed parsed = configuration.effective();
        ReviewSetup setup = ReviewSetup.create(parsed.settings(), configuration.root());
        List<String> problems = new ArrayList<>(parsed.problems());
        problems.addAll(setup.problems());
        scheduler.configure(setup, parsed.settings());
        for (String p : problems) {
            log(MessageType.Warning, p);
            if (shownProblems.add(p)) show(MessageType.Warning, "Clauselint: " + p);
        }
        if (rereview) {
            for (OpenContract c : documents.values()) scheduler.schedule(c.snapshot());
            if (pullDiagnostics()) refreshDiagnostics();
        }
    }

    /** Whether the editor pulls diagnostics ({@code textDocument/diagnostic}); else they are pushed. */
    boolean pullDiagnostics() {
        var td = capabilities.getTextDocument();
        return td != null && td.getDiagnostic() != null;
    }

    void refreshDiagnostics() {
        var ws = capabilities.getWorkspace();
        if (client != null && ws != null && ws.getDiagnostics() != null && Boolean.TRUE.equals(ws.getDiagnostics().getRefreshSupport())) {
            client.refreshDiagnostics();
        }
    }

    /** A review of the newest version finished. */
    private void reviewed(Analysis a) {
        if (client == null || !documents.containsKey(a.uri())) return;
        if (a.error() != null) {
            String msg = "Clauselint: " + ReviewScheduler.fileName(a.uri()) + " was not reviewed: " + a.error();
            if (shownProblems.add(a.uri() + "\n" + a.error())) show(MessageType.Warning, msg);
            log(MessageType.Warning, msg);
        }
        for (String p : a.review() == null ? List.<String>of() : a.review().problems()) {
            log(MessageType.Warning, ReviewScheduler.fileName(a.uri()) + ": " + p);
        }
        if (!pullDiagnostics()) {
            client.publishDiagnostics(new PublishDiagnosticsParams(a.uri(),
                    comparisons.withComparison(a, DiagnosticFactory.of(a)), a.version()));
        } else if (a.review() != null && a.review().provisional()) {
            provisional.put(a.uri(), a.version());
        } else if (provisional.remove(a.uri(), a.version())) {
            refreshDiagnostics(); // the editor pulled a quick review of this version: offer the full one
        }
    }

    private void failed(Throwable e) {
        log(MessageType.Error, "review failed: " + stackTrace(e));
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) c.logMessage(new MessageParams(type, message));
    }

    void show(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) c.showMessage(new MessageParams(type, message));
    }

    static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    void opened(OpenContract c) {
        documents.put(c.uri(), c);
        scheduler.schedule(c.snapshot());
    }

    void closed(String uri) {
        documents.remove(uri);
        scheduler.forget(uri);
        comparisons.stop(uri);
        if (client != null && !pullDiagnostics()) client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    void folderChanges(List<WorkspaceFolder> added, List<WorkspaceFolder> removed) {
        synchronized (folders) {
            Set<Path> gone = new HashSet<>();
            for (WorkspaceFolder f : removed) {
                try {
                    gone.add(Path.of(URI.create(f.getUri())));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    // was never added
                }
            }
            folders.removeAll(gone);
            for (WorkspaceFolder f : added) addFolder(f.getUri());
        }
    }

    boolean isShutdown() {
        return shutdown;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.close();
        textService.requests.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        scheduler.close();
        ServerLauncher.exit(shutdown ? 0 : 1);
    }

    /** The user cancelled a task shown with progress (the workspace scan); it stops before its next file. */
    @Override
    public void cancelProgress(WorkDoneProgressCancelParams params) {
        ScanProgress.cancel(params.getToken());
    }

    @Override
    public void setTrace(SetTraceParams params) {
        // no trace output beyond window/logMessage
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }
}
