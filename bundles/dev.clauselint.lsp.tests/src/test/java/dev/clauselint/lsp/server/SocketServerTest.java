package dev.clauselint.lsp.server;

import dev.clauselint.lsp.cli.Cli;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clauselint serve --port N}: an editor connects over TCP and gets the same diagnostics. */
class SocketServerTest {

    @Test
    void anEditorConnectingToTheSocketGetsDiagnostics() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int chosen = port;
        Thread serving = new Thread(() -> Cli.run(new String[]{"serve", "--port", Integer.toString(chosen)}, System.out, errStream));
        serving.setDaemon(true);
        serving.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!err.toString(StandardCharsets.UTF_8).contains("listening") && System.currentTimeMillis() < deadline) Thread.sleep(20);
        Matcher m = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(err.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), "the server says where it listens: " + err);
        assertEquals(port, Integer.parseInt(m.group(1)));

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            TestClient client = new TestClient();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, socket.getInputStream(), socket.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            LspSession.get(server.initialize(init));
            server.initialized(new InitializedParams());
            String uri = "file:///contracts/socket.md";
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, Contracts.SMALL)));
            long until = System.currentTimeMillis() + 30_000;
            while (client.published.get(uri) == null && System.currentTimeMillis() < until) Thread.sleep(20);
            var got = client.published.get(uri);
            assertTrue(got != null && ContractAssert.has(got.get(got.size() - 1).getDiagnostics(), "data.training-on-inputs"),
                    "diagnostics over the socket: " + got);
            LspSession.get(server.shutdown());
        }
    }
}
