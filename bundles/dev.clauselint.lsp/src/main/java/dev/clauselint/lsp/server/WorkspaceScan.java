package dev.clauselint.lsp.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Review;
import dev.clauselint.lsp.ContractFiles;
import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * clauselint.scanWorkspace: reviews every contract file in the workspace folders (the files
 * {@code clauselint check} would pick), on its own thread, with work done progress the user can
 * cancel. Files the editor has open are taken as the editor holds them; the others are read from
 * disk and, unless the editor pulls diagnostics, their diagnostics are pushed so they show in the
 * problems list. A file that cannot be read is skipped with the reason; the scan goes on.
 */
final class WorkspaceScan {
    /** One scan at a time; a second request waits for the first. */
    private static final ExecutorService SCANS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clauselint-scan");
        t.setDaemon(true);
        return t;
    });

    private final ClauselintServer server;
    private final ScanProgress progress;
    private final CompletableFuture<Object> result;
    private final ScanSummary summary = new ScanSummary();

    private WorkspaceScan(ClauselintServer server, ScanProgress progress, CompletableFuture<Object> result) {
        this.server = server;
        this.progress = progress;
        this.result = result;
    }

    static CompletableFuture<Object> command(ClauselintServer server, ExecuteCommandParams params) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        SCANS.execute(() -> {
            try (ScanProgress progress = ScanProgress.start(server, params.getWorkDoneToken())) {
                result.complete(new WorkspaceScan(server, progress, result).run());
            } catch (RuntimeException | StackOverflowError e) {
                server.log(MessageType.Error, "workspace scan failed: " + ClauselintServer.stackTrace(e));
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private JsonObject run() {
        Map<Path, String> found = contractFiles();
        List<Path> files = new ArrayList<>(found.keySet());
        progress.begin("Clauselint: scanning " + files.size() + (files.size() == 1 ? " contract" : " contracts"),
                files.isEmpty() ? "no contract files in the workspace folders" : null);
        Map<Path, String> open = openDocuments();
        int done = 0;
        for (Path file : files) {
            // stop between files: the user cancelled the progress or the editor the request
            if (progress.cancelled() || result.isCancelled() || server.isShutdown()) {
                summary.cancelled = true;
                break;
            }
            progress.report(done * 100 / files.size(), found.get(file), done == 0);
            String openUri = open.get(file.toAbsolutePath().normalize());
            if (openUri != null) reviewOpen(file, openUri);
            else reviewClosed(file);
            done++;
        }
        summary.files = files.size();
        progress.end(summary.message());
        return summary.json();
    }

    /**
     * Contract files under every workspace folder, each once, in folder then path order, with the
     * path relative to its folder that progress shows.
     */
    private Map<Path, String> contractFiles() {
        Map<Path, String> found = new LinkedHashMap<>();
        for (Path folder : server.folders()) {
            if (!Files.isDirectory(folder)) {
                summary.skip(folder, "workspace folder not found");
                continue;
            }
            try {
                for (Path p : ContractFiles.under(folder, (file, e) -> summary.skip(file, "cannot read: " + e.getMessage()))) {
                    found.putIfAbsent(p.toAbsolutePath().normalize(), folder.relativize(p).toString());
                }
            } catch (IOException e) {
                summary.skip(folder, "cannot walk the folder: " + e.getMessage());
            }
        }
        return found;
    }

    /** Open documents by file path, so a file the editor has open is reviewed as the editor holds it. */
    private Map<Path, String> openDocuments() {
        Map<Path, String> out = new HashMap<>();
        for (String uri : server.documents.keySet()) {
            try {
                out.put(Path.of(URI.create(uri)).toAbsolutePath().normalize(), uri);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a file (untitled:, a remote scheme): no file to match
            }
        }
        return out;
    }

    private void reviewOpen(Path file, String uri) {
        Analysis a;
        try {
            a = server.scheduler.settled(uri).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            // closed or changed meanwhile: review the file on disk instead
            reviewClosed(file);
            return;
        }
        if (a.review() == null) summary.skip(file, a.error());
        else summary.reviewed(a);
    }

    private void reviewClosed(Path file) {
        ReviewSetup setup = server.scheduler.setup();
        int limit = server.scheduler.settings().maxFileSize();
        String uri = file.toUri().toString();
        Review review;
        ContractDocument doc;
        try {
            long size = Files.size(file);
            if (size > (long) limit * 4) {
                summary.skip(file, "too large to review (" + size + " bytes; the limit is " + limit
                        + " characters, setting clauselint.maxFileSize)");
                return;
            }
            doc = new ContractReader(limit).read(Files.readAllBytes(file), file.getFileName().toString());
            review = setup.reviewer().review(doc);
        } catch (UnreadableInputException e) {
            summary.skip(file, e.getMessage());
            return;
        } catch (IOException e) {
            summary.skip(file, "cannot read: " + e.getMessage());
            return;
        } catch (RuntimeException | OutOfMemoryError e) {
            server.log(MessageType.Error, "reviewing " + file + " failed: " + ClauselintServer.stackTrace(e));
            summary.skip(file, "internal error while reviewing: " + e);
            return;
        }
        Analysis a = new Analysis(new OpenContract.Snapshot(uri, "", 0, doc.source()), new PositionMapper(doc.source()),
                review, null, setup);
        summary.reviewed(a);
        LanguageClient client = server.client();
        if (client != null && !server.pullDiagnostics()) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, DiagnosticFactory.of(a)));
        }
    }

    /** What the scan found, as the command's JSON answer and the progress end message. */
    private static final class ScanSummary {
        int files;
        boolean cancelled;
        private final JsonArray skipped = new JsonArray();
        private final JsonArray perFile = new JsonArray();
        private int findings;
        private char worst;

        void skip(Path file, String reason) {
            JsonObject o = new JsonObject();
            o.addProperty("file", file.toString());
            o.addProperty("reason", reason);
            skipped.add(o);
        }

        void reviewed(Analysis a) {
            JsonObject o = new JsonObject();
            o.addProperty("uri", a.uri());
            o.addProperty("score", a.review().score().score());
            o.addProperty("grade", String.valueOf(a.review().score().grade()));
            o.add("counts", RiskReport.counts(a.review().score()));
            perFile.add(o);
            findings += a.findings().size();
            if (a.review().score().grade() > worst) worst = a.review().score().grade();
        }

        JsonObject json() {
            JsonObject o = new JsonObject();
            o.addProperty("files", files);
            o.addProperty("reviewed", perFile.size());
            o.add("skipped", skipped);
            o.addProperty("findings", findings);
            o.addProperty("worstGrade", worst == 0 ? null : String.valueOf(worst));
            o.addProperty("cancelled", cancelled);
            o.add("perFile", perFile);
            return o;
        }

        String message() {
            String counts = perFile.size() + (perFile.size() == 1 ? " contract" : " contracts") + ", " + findings
                    + (findings == 1 ? " finding" : " findings") + (worst == 0 ? "" : ", worst grade " + worst)
                    + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
            return cancelled ? "Cancelled after " + counts : "Reviewed " + counts;
        }
    }
}
