package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Answers requests about a document from its newest analysis, on a worker thread so the message
 * loop never waits. A failing feature is logged and answered with an error; the server goes on.
 */
final class Requests {
    private final ClauselintServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "clauselint-request");
        t.setDaemon(true);
        return t;
    });

    Requests(ClauselintServer server) {
        this.server = server;
    }

    /**
     * {@code answer(analysis)} for the newest version of {@code uri}; {@code unreadable} when the
     * document could not be read (too large, binary), so features need not check.
     */
    <T> CompletableFuture<T> on(String uri, String what, T unreadable, Function<Analysis, T> answer) {
        return on(uri, what, unreadable, answer, false);
    }

    /**
     * The same from the full review of the newest version, never a quick paragraph review: for
     * answers about the whole document (risk score, counts) that must not lag behind.
     */
    <T> CompletableFuture<T> onSettled(String uri, String what, T unreadable, Function<Analysis, T> answer) {
        return on(uri, what, unreadable, answer, true);
    }

    private <T> CompletableFuture<T> on(String uri, String what, T unreadable, Function<Analysis, T> answer, boolean settled) {
        if (uri == null || !server.scheduler.isOpen(uri)) {
            return CompletableFuture.failedFuture(invalidParams(what + ": the document " + uri + " is not open"));
        }
        var analysis = settled ? server.scheduler.settled(uri) : server.scheduler.latest(uri);
        return analysis.thenApplyAsync(a -> {
            if (a.document() == null) return unreadable;
            return answer.apply(a);
        }, workers).exceptionally(e -> {
            throw error(what, e);
        });
    }

    /** Runs work that needs no analysis on a worker thread, with the same error handling. */
    <T> CompletableFuture<T> run(String what, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers).exceptionally(e -> {
            throw error(what, e);
        });
    }

    private RuntimeException error(String what, Throwable e) {
        Throwable cause = ReviewScheduler.cause(e);
        if (cause instanceof CancellationException c) return c;
        if (cause instanceof ResponseErrorException r) return r;
        if (cause instanceof UnknownDocumentException u) {
            return invalidParams(what + ": " + u.getMessage());
        }
        if (cause instanceof IllegalArgumentException bad) {
            return invalidParams(what + ": " + bad.getMessage());
        }
        server.log(MessageType.Error, what + " failed: " + ClauselintServer.stackTrace(cause));
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, what + " failed: " + cause, null));
    }

    /** The error an editor shows for a request it got wrong (an unknown document, a bad argument). */
    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    void close() {
        workers.shutdownNow();
    }
}
