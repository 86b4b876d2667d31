package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real server and a test editor connected through pipes, speaking JSON-RPC as over stdio.
 * Tests drive it like an editor would; every call waits at most {@link #TIMEOUT_S} seconds.
 */
public final class LspSession implements AutoCloseable {
    public static final int TIMEOUT_S = 30;

    public final TestClient client;
    public final LanguageServer server;
    private final Future<Void> serverListening;
    private final Future<Void> clientListening;
    private final List<String> versions = new ArrayList<>();
    public InitializeResult initializeResult;

    static {
        ServerLauncher.onExit(code -> { });
    }

    private LspSession(TestClient client) {
        this.client = client;
        try {
            PipedInputStream serverIn = new PipedInputStream(1 << 16);
            PipedOutputStream clientOut = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 16);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            serverListening = ServerLauncher.start(serverIn, serverOut);
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
            server = launcher.getRemoteProxy();
            clientListening = launcher.startListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the test editor says it can do; the defaults are a capable editor that takes pushed diagnostics. */
    public static final class Options {
        boolean pull;
        boolean configuration = true;
        String initializationOptions;
        Path root;
        java.util.function.Consumer<ClientCapabilities> adjust = c -> { };

        public Options pullDiagnostics() {
            pull = true;
            return this;
        }

        public Options noConfigurationRequests() {
            configuration = false;
            return this;
        }

        public Options initializationOptions(String json) {
            initializationOptions = json;
            return this;
        }

        /** Changes the capabilities the test editor declares (after the defaults are set). */
        public Options capabilities(java.util.function.Consumer<ClientCapabilities> change) {
            adjust = change;
            return this;
        }

        public Options root(Path root) {
            this.root = root;
            return this;
        }
    }

    public static LspSession start() {
        return start(new Options());
    }

    public static LspSession start(Options o) {
        return start(o, new TestClient());
    }

    public static LspSession start(Options o, TestClient client) {
        LspSession s = new LspSession(client);
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        p.setCapabilities(capabilities(o));
        if (o.root != null) {
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(o.root.toUri().toString(), o.root.getFileName().toString())));
        }
        if (o.initializationOptions != null) p.setInitializationOptions(JsonParser.parseString(o.initializationOptions));
        s.initializeResult = get(s.server.initialize(p));
        s.server.initialized(new InitializedParams());
        return s;
    }

    static ClientCapabilities capabilities(Options o) {
        ClientCapabilities c = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setConfiguration(o.configuration);
        ws.setWorkspaceFolders(true);
        ws.setApplyEdit(true);
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ws.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
        ws.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
        edit.setDocumentChanges(true);
        ws.setWorkspaceEdit(edit);
        c.setWorkspace(ws);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        CodeActionCapabilities ca = new CodeActionCapabilities();
        ca.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix, CodeActionKind.Source))));
        ca.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        ca.setDataSupport(true);
        td.setCodeAction(ca);
        td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        CompletionCapabilities cc = new CompletionCapabilities(new CompletionItemCapabilities(true));
        td.setCompletion(cc);
        td.setRename(new RenameCapabilities(true, false));
        td.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        if (o.pull) td.setDiagnostic(new DiagnosticCapabilities());
        c.setTextDocument(td);
        WindowClientCapabilities w = new WindowClientCapabilities();
        w.setWorkDoneProgress(true);
        c.setWindow(w);
        o.adjust.accept(c);
        return c;
    }

    public static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT_S + " s");
        }
    }

    // ---- documents ----

    public String open(String uri, String languageId, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
        return uri;
    }

    /** Opens a Markdown contract under a made-up file URI. */
    public String openMarkdown(String name, String text) {
        return open("file:///contracts/" + name, "markdown", text);
    }

    /** Replaces a range (0-based line/character) with text, as version {@code version}. */
    public void change(String uri, int version, int startLine, int startChar, int endLine, int endChar, String text) {
        TextDocumentContentChangeEvent e = new TextDocumentContentChangeEvent(
                new Range(new Position(startLine, startChar), new Position(endLine, endChar)), text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(e)));
    }

    public void replaceAll(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    public void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Waits for pushed diagnostics of exactly this version (or newer) and returns them. */
    public List<Diagnostic> awaitDiagnostics(String uri, int version) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        synchronized (client) {
            while (true) {
                List<PublishDiagnosticsParams> got = client.published.get(uri);
                if (got != null) {
                    synchronized (got) {
                        for (int i = got.size() - 1; i >= 0; i--) {
                            Integer v = got.get(i).getVersion();
                            if (v != null && v >= version) return got.get(i).getDiagnostics();
                        }
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no diagnostics for " + uri + " version " + version + " within " + TIMEOUT_S + " s");
                try {
                    client.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Pulls diagnostics (textDocument/diagnostic). */
    public List<Diagnostic> pullDiagnostics(String uri) {
        DocumentDiagnosticReport r = get(server.getTextDocumentService().diagnostic(
                new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
        return r.getLeft().getItems();
    }

    public static Position pos(int line, int character) {
        return new Position(line, character);
    }

    public static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    public static JsonElement json(String s) {
        return JsonParser.parseString(s);
    }

    @Override
    public void close() {
        try {
            get(server.shutdown());
            server.exit();
        } catch (RuntimeException | AssertionError e) {
            // already gone
        }
        serverListening.cancel(true);
        clientListening.cancel(true);
    }
}
