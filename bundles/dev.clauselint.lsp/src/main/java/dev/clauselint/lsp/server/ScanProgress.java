package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Work done progress ({@code $/progress}) of one long task: begin, reports at most every
 * {@link #REPORT_EVERY_MS}, end. Does nothing when the editor cannot show progress. The user may
 * cancel it ({@code window/workDoneProgress/cancel}); the task asks {@link #cancelled()} between steps.
 */
final class ScanProgress implements AutoCloseable {
    static final long REPORT_EVERY_MS = 100;
    /** Tasks under way by token, so a cancel from the editor finds its task. */
    private static final Map<String, ScanProgress> ACTIVE = new ConcurrentHashMap<>();

    private final LanguageClient client;
    private final Either<String, Integer> token;
    private volatile boolean cancelled;
    private long lastReport;
    private boolean ended;

    private ScanProgress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
        if (token != null) ACTIVE.put(key(token), this);
    }

    /**
     * Progress under the token the editor sent with the request, or under a new one when the
     * editor supports server-created progress; silent otherwise. Blocks until the editor has
     * accepted a new token, so call it off the message thread.
     */
    static ScanProgress start(ClauselintServer server, Either<String, Integer> requestToken) {
        LanguageClient client = server.client();
        if (client == null) return new ScanProgress(null, null);
        if (requestToken != null) return new ScanProgress(client, requestToken);
        var window = server.capabilities().getWindow();
        if (window == null || !Boolean.TRUE.equals(window.getWorkDoneProgress())) return new ScanProgress(null, null);
        Either<String, Integer> token = Either.forLeft("clauselint-scan-" + UUID.randomUUID());
        try {
            client.createProgress(new WorkDoneProgressCreateParams(token)).get(10, TimeUnit.SECONDS);
            return new ScanProgress(client, token);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            server.log(MessageType.Warning, "the editor did not accept a progress token, scanning without progress: " + e);
            return new ScanProgress(null, null);
        }
    }

    /** The editor asked to cancel the task with this token; unknown tokens are ignored. */
    static void cancel(Either<String, Integer> token) {
        if (token == null) return;
        ScanProgress p = ACTIVE.get(key(token));
        if (p != null) p.cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    void begin(String title, String message) {
        WorkDoneProgressBegin b = new WorkDoneProgressBegin();
        b.setTitle(title);
        b.setMessage(message);
        b.setCancellable(true);
        b.setPercentage(0);
        send(b);
        lastReport = System.nanoTime();
    }

    /** Reports progress unless the last report is under {@link #REPORT_EVERY_MS} old (the first one always goes). */
    void report(int percentage, String message, boolean first) {
        long now = System.nanoTime();
        if (!first && now - lastReport < TimeUnit.MILLISECONDS.toNanos(REPORT_EVERY_MS)) return;
        lastReport = now;
        WorkDoneProgressReport r = new WorkDoneProgressReport();
        r.setPercentage(Math.max(0, Math.min(100, percentage)));
        r.setMessage(message);
        r.setCancellable(true);
        send(r);
    }

    void end(String message) {
        if (ended) return;
        ended = true;
        WorkDoneProgressEnd e = new WorkDoneProgressEnd();
        e.setMessage(message);
        send(e);
        if (token != null) ACTIVE.remove(key(token), this);
    }

    /** Ends the progress (so the editor's spinner stops) even when the task failed. */
    @Override
    public void close() {
        end("Clauselint: scan stopped");
    }

    private void send(WorkDoneProgressNotification n) {
        if (client != null && token != null) client.notifyProgress(new ProgressParams(token, Either.forLeft(n)));
    }

    private static String key(Either<String, Integer> token) {
        return token.isLeft() ? "s:" + token.getLeft() : "n:" + token.getRight();
    }
}
