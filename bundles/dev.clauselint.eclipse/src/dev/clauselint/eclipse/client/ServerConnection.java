package dev.clauselint.eclipse.client;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.lsp.server.ServerLauncher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One connection to a Clauselint language server running in this JVM.
 *
 * <p>Why in-process: the server is a bundle of this feature, so it needs no JVM to find, no
 * process to watch and no start-up cost beyond its own; and it still talks real JSON-RPC (lsp4j
 * on both ends of a {@link BytePipe}), so the client works unchanged against a child process
 * ({@code java -jar clauselint.jar serve}) if the server ever has to move out.
 *
 * <p>Threading, to keep the UI thread from ever waiting on the server:
 * <ul>
 * <li>every outgoing message goes through one single-threaded {@link #outbox}: callers (often
 *     the UI thread, in a document listener) only queue a task, and the order of didOpen,
 *     didChange and requests is the order they were queued in;</li>
 * <li>the outbox thread waits for {@code initialize} before its first send; no other thread
 *     ever waits on a server future;</li>
 * <li>responses and server notifications arrive on lsp4j's reader thread: their handlers only
 *     schedule a job or a {@code Display.asyncExec}, never block, so the reader is always free
 *     to deliver the next response (a blocked reader is the classic LSP client deadlock).</li>
 * </ul>
 */
final class ServerConnection {
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clauselint-lsp-outbox");
        t.setDaemon(true);
        return t;
    });
    private final BytePipe toServer = new BytePipe();
    private final BytePipe toClient = new BytePipe();
    private final LanguageServer server;
    private final CompletableFuture<LanguageServer> ready;

    ServerConnection(LanguageClient client, InitializeParams params) {
        // The server ends its JVM on "exit"; in Eclipse that JVM is the IDE.
        ServerLauncher.onExit(code -> { });
        ServerLauncher.start(toServer.in, toClient.out);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, toClient.in, toServer.out);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        // Sent from the outbox like every other message; "initialized" goes out before
        // anything that waits for ready, so before the first didOpen.
        ready = CompletableFuture.supplyAsync(() -> server.initialize(params), outbox)
                .thenCompose(initializing -> initializing)
                .thenApply(result -> {
                    server.initialized(new InitializedParams());
                    return server;
                });
        ready.exceptionally(e -> {
            ClauselintPlugin.log("The Clauselint language server did not start", e);
            return null;
        });
    }

    /** Queues a notification; returns at once. */
    void notify(Consumer<LanguageServer> message) {
        outbox.execute(() -> {
            LanguageServer s = await();
            if (s != null) message.accept(s);
        });
    }

    /** Queues a request; the future completes on lsp4j's reader thread, so continuations must not block. */
    <T> CompletableFuture<T> request(Function<LanguageServer, CompletableFuture<T>> call) {
        return CompletableFuture.supplyAsync(this::await, outbox).thenCompose(s -> {
            if (s == null) return CompletableFuture.failedFuture(new IllegalStateException("the Clauselint server is not running"));
            return call.apply(s);
        });
    }

    /** Only ever called on the outbox thread. */
    private LanguageServer await() {
        try {
            return ready.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null; // logged once, where ready failed
        }
    }

    /** Asks the server to shut down without waiting for it, then closes the pipes. */
    void dispose() {
        outbox.execute(() -> {
            LanguageServer s = ready.getNow(null);
            if (s != null) {
                try {
                    s.shutdown().get(2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // shutting down anyway
                }
            }
            toServer.close();
            toClient.close();
        });
        outbox.shutdown();
    }
}
