package dev.clauselint.lsp.bench;

import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the language server as an editor meets it, over real JSON-RPC with a separate server
 * process started from clauselint.jar ({@code java -jar clauselint.jar serve}):
 * <ol>
 *   <li>start-up: process start + initialize + didOpen of the 1 MB stress contract until its first
 *       publishDiagnostics (a cold JVM, as when an editor opens the file), median of several runs;</li>
 *   <li>a keystroke: one character typed at a random place inside running text, from didChange to
 *       the publishDiagnostics of that version (no debounce), after warm-up edits; median and p90;</li>
 *   <li>heap: the server's used heap after a full GC with the 1 MB contract open (jcmd).</li>
 * </ol>
 * Not a test: run with {@code ./mvnw -B -Pbench -pl bundles/dev.clauselint.core,bundles/dev.clauselint.lsp,bundles/dev.clauselint.lsp.tests verify}.
 * Arguments: jar path, contract path, start-up runs, measured edits.
 */
public final class ServerBenchmark {
    private ServerBenchmark() {
    }

    /** Records pushed diagnostics with their arrival time. */
    static final class Client implements LanguageClient {
        record Arrival(int version, long nanos, int count) {
        }

        final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            arrivals.add(new Arrival(p.getVersion() == null ? -1 : p.getVersion(), System.nanoTime(), p.getDiagnostics().size()));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }

        Arrival await(int version) throws InterruptedException {
            while (true) {
                Arrival a = arrivals.poll(60, TimeUnit.SECONDS);
                if (a == null) throw new IllegalStateException("no diagnostics for version " + version + " within 60 s");
                if (a.version() >= version) return a;
            }
        }
    }

    record Session(Process process, LanguageServer server, Client client) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.shutdown().get(10, TimeUnit.SECONDS);
                server.exit();
            } catch (Exception e) {
                // measured already
            }
            process.destroy();
        }
    }

    static Session start(Path jar) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "serve").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, p.getInputStream(), p.getOutputStream());
        launcher.startListening();
        return new Session(p, launcher.getRemoteProxy(), client);
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "../dev.clauselint.lsp/target/clauselint.jar");
        Path contract = Path.of(args.length > 1 ? args[1] : System.getProperty("clauselint.shared", "../shared") + "/corpus/large/stress-1mb.md");
        int startRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        String text = Files.readString(contract);
        System.out.printf("contract %s: %,d characters; %d cores%n", contract.getFileName(), text.length(), Runtime.getRuntime().availableProcessors());

        Path typical = Path.of(args.length > 4 ? args[4] : System.getProperty("clauselint.shared", "../shared") + "/corpus/openai__commercial-terms.md");
        if (Files.exists(typical)) startup(jar, typical, Files.readString(typical), startRuns, 0);
        startup(jar, contract, text, startRuns, edits);
    }

    /** Cold start-ups on one contract; the last session goes on to measure keystrokes when asked. */
    private static void startup(Path jar, Path contract, String text, int runs, int edits) throws Exception {
        String uri = contract.toUri().toString();
        List<Double> fromProcess = new ArrayList<>();
        List<Double> fromInitialize = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            try (Session s = start(jar)) {
                InitializeParams init = new InitializeParams();
                init.setCapabilities(new ClientCapabilities());
                long tInit = System.nanoTime();
                s.server().initialize(init).get(60, TimeUnit.SECONDS);
                s.server().initialized(new InitializedParams());
                s.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
                Client.Arrival first = s.client().await(1);
                fromProcess.add((first.nanos() - t0) / 1e6);
                fromInitialize.add((first.nanos() - tInit) / 1e6);
                if (run == runs - 1 && edits > 0) keystrokes(s, uri, text, edits);
            }
        }
        System.out.printf("%s (%,d chars), first diagnostics, cold JVM, %d runs: from initialize median %.0f ms; from process start median %.0f ms%n",
                contract.getFileName(), text.length(), runs, median(fromInitialize), median(fromProcess));
    }

    private static void keystrokes(Session s, String uri, String text, int edits) throws Exception {
        Random random = new Random(42);
        List<Double> latency = new ArrayList<>();
        int warmup = 50;
        int version = 1;
        for (int k = 0; k < warmup + edits; k++) {
            int at;
            do {
                at = random.nextInt(text.length() - 2);
            } while (!(Character.isLowerCase(text.charAt(at)) && text.charAt(at + 1) == ' '));
            at++;
            PositionMapper m = new PositionMapper(text);
            PositionMapper.Position p = m.position(at);
            Position pos = new Position(p.line(), p.character());
            version++;
            s.client().arrivals.clear();
            long t0 = System.nanoTime();
            s.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(new Range(pos, pos), "s"))));
            Client.Arrival a = s.client().await(version);
            if (k >= warmup) latency.add((a.nanos() - t0) / 1e6);
            text = text.substring(0, at) + "s" + text.substring(at);
        }
        Collections.sort(latency);
        System.out.printf("keystroke to diagnostics (%d edits after %d warm-up): median %.1f ms, p90 %.1f ms, max %.1f ms%n", latency.size(), warmup,
                median(latency), latency.get(latency.size() * 9 / 10), latency.get(latency.size() - 1));
        Thread.sleep(1500); // let the full review after the last edit finish
        ProcessHandle h = s.process().toHandle();
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(h.pid()), "GC.run")
                .redirectErrorStream(true).start();
        jcmd.waitFor(30, TimeUnit.SECONDS);
        Process info = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(h.pid()), "GC.heap_info")
                .redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes());
        info.waitFor(30, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (line.contains("used") && (line.contains("heap") || line.contains("total"))) {
                System.out.println("server heap after full GC with the contract open: " + line.strip());
                break;
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
