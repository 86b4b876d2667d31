package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Starts the server over stdio or a socket; the {@code serve} command calls it. */
public final class ServerLauncher {
    /** What the {@code exit} notification does; tests replace it so the JVM survives. */
    private static volatile IntConsumer exitHook = System::exit;

    private ServerLauncher() {
    }

    static void exit(int code) {
        exitHook.accept(code);
    }

    /** For in-process tests: what happens on {@code exit} instead of ending the JVM. */
    public static void onExit(IntConsumer hook) {
        exitHook = hook;
    }

    /** Connects a new server to a client over two streams; returns the running connection. */
    public static Future<Void> start(InputStream in, OutputStream out) {
        ClauselintServer server = new ClauselintServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /**
     * Serves on stdin/stdout until the client says exit. Anything the JVM prints to stdout by
     * accident would corrupt the protocol, so stdout is redirected to stderr first.
     */
    public static int stdio() {
        InputStream in = System.in;
        PrintStream out = System.out;
        System.setOut(System.err);
        return await(start(in, out));
    }

    /** Listens on localhost:{@code port} and serves each connection with its own server. */
    public static int socket(int port, PrintStream err) {
        exitHook = code -> { }; // one client leaving must not stop the others
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            err.println("clauselint: language server listening on 127.0.0.1:" + listener.getLocalPort());
            while (true) {
                Socket s = listener.accept();
                Thread t = new Thread(() -> {
                    try (s) {
                        start(s.getInputStream(), s.getOutputStream()).get();
                    } catch (IOException | InterruptedException | ExecutionException e) {
                        err.println("clauselint: connection ended: " + e);
                    }
                }, "clauselint-connection");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException e) {
            err.println("clauselint: serve: cannot listen on port " + port + ": " + e.getMessage());
            return 2;
        }
    }

    private static int await(Future<Void> listening) {
        try {
            listening.get();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            System.err.println("clauselint: the connection to the editor failed: " + e.getCause());
            return 1;
        }
    }
}
