package dev.clauselint.lsp.server;

import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Review;
import dev.clauselint.lsp.PositionMapper;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reviews open contracts off the message thread. Each edit schedules a review of the new version
 * (after the debounce, if any) and cancels the one under way for an older version, so a burst of
 * typing costs one review at the end, never a queue of stale ones. Requests ask for
 * {@link #latest}: the analysis of the newest version, waiting for it if needed.
 */
final class ReviewScheduler implements AutoCloseable {
    /** Completes a superseded version's future, so whoever waited moves on to the newest one. */
    static final class Superseded extends CancellationException {
        Superseded() {
            super("a newer version of the document is being reviewed");
        }
    }

    private static final class Slot {
        volatile int version;
        volatile CompletableFuture<Analysis> pending;
        /** The full (not provisional) analysis of the newest version. */
        volatile CompletableFuture<Analysis> settled;
        volatile Future<?> task;
        volatile Analysis last;
    }

    /** How long typing must pause before a quick review is replaced by a full one. */
    static final long SETTLE_MILLIS = 300;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clauselint-review");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Consumer<Analysis> onReviewed;
    private final Consumer<Throwable> onFailure;
    private volatile ReviewSetup setup;
    private volatile ServerSettings settings;

    ReviewScheduler(ReviewSetup setup, ServerSettings settings, Consumer<Analysis> onReviewed, Consumer<Throwable> onFailure) {
        this.setup = setup;
        this.settings = settings;
        this.onReviewed = onReviewed;
        this.onFailure = onFailure;
    }

    /** New settings: later reviews use them (callers re-schedule open documents). */
    void configure(ReviewSetup setup, ServerSettings settings) {
        this.setup = setup;
        this.settings = settings;
    }

    /** The current setup; the defaults if the editor opened a document before initializing. */
    ReviewSetup setup() {
        ReviewSetup s = setup;
        if (s == null) {
            synchronized (this) {
                if (setup == null) setup = ReviewSetup.create(settings, null);
                s = setup;
            }
        }
        return s;
    }

    ServerSettings settings() {
        return settings;
    }

    /** Schedules a review of this version; an older one still pending or running is cancelled. */
    void schedule(OpenContract.Snapshot snapshot) {
        Slot slot = slots.computeIfAbsent(snapshot.uri(), u -> new Slot());
        CompletableFuture<Analysis> result = new CompletableFuture<>();
        CompletableFuture<Analysis> previous;
        CompletableFuture<Analysis> previousSettled;
        Future<?> previousTask;
        synchronized (slot) {
            previous = slot.pending;
            previousTask = slot.task;
            slot.version = snapshot.version();
            slot.pending = result;
            previousSettled = slot.settled;
            slot.settled = new CompletableFuture<>();
            ReviewSetup s = setup();
            int limit = settings.maxFileSize();
            Analysis base = slot.last;
            OpenContract.Edit edit = snapshot.edit();
            // one edit on top of the version reviewed last, with the same playbook: re-read only its paragraph
            Analysis quickBase = edit != null && base != null && base.review() != null && base.setup() == s
                    && base.version() == edit.fromVersion() ? base : null;
            slot.task = executor.schedule(() -> run(slot, snapshot, s, limit, result, quickBase), settings.debounceMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (previousTask != null) previousTask.cancel(true);
        if (previous != null && !previous.isDone()) previous.completeExceptionally(new Superseded());
        if (previousSettled != null && !previousSettled.isDone()) previousSettled.completeExceptionally(new Superseded());
    }

    private void run(Slot slot, OpenContract.Snapshot snapshot, ReviewSetup s, int limit, CompletableFuture<Analysis> result,
                     Analysis quickBase) {
        if (result.isDone()) return;
        try {
            Analysis a = quickBase == null ? null : quickAnalyse(quickBase, snapshot, s, limit);
            if (a == null) a = analyse(snapshot, s, limit);
            CompletableFuture<Analysis> settled;
            synchronized (slot) { // schedule() swaps pending and settled together under this lock
                if (Thread.interrupted() || slot.pending != result) {
                    result.completeExceptionally(new Superseded());
                    return;
                }
                slot.last = a;
                settled = slot.settled;
            }
            result.complete(a);
            if (a.review() == null || !a.review().provisional()) settled.complete(a);
            onReviewed.accept(a);
            if (a.review() != null && a.review().provisional()) {
                synchronized (slot) {
                    if (slot.pending == result) {
                        slot.task = executor.schedule(() -> settle(slot, snapshot, s, limit, result), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                    }
                }
            }
        } catch (CancellationException e) {
            result.completeExceptionally(new Superseded());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            result.completeExceptionally(e);
            onFailure.accept(e);
        }
    }

    /**
     * The full review that replaces a quick one once typing pauses: the quick one keeps earlier
     * findings of whole-document rules (missing provisions, drafting checks) that the edit may
     * have changed.
     */
    private void settle(Slot slot, OpenContract.Snapshot snapshot, ReviewSetup s, int limit, CompletableFuture<Analysis> quick) {
        if (slot.pending != quick) return;
        try {
            Analysis full = analyse(snapshot, s, limit);
            synchronized (slot) {
                if (Thread.interrupted() || slot.pending != quick) return;
                slot.last = full;
                slot.pending = CompletableFuture.completedFuture(full);
                slot.settled.complete(full);
            }
            onReviewed.accept(full);
        } catch (CancellationException e) {
            // a newer edit is under way
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            onFailure.accept(e);
        }
    }

    /** The quick review of a one-paragraph edit, or null when the edit does not allow one. */
    static Analysis quickAnalyse(Analysis base, OpenContract.Snapshot snapshot, ReviewSetup setup, int maxChars) {
        if (snapshot.text().length() > maxChars) return null;
        OpenContract.Edit e = snapshot.edit();
        Review r = setup.reviewer().reviewEdit(base.review(), snapshot.text(), e.start(), e.oldEnd(), e.inserted());
        return r == null ? null : new Analysis(snapshot, snapshot.mapper(), r, null, setup);
    }

    /** Reads and reviews one version. Pure: the same snapshot and setup give the same analysis. */
    static Analysis analyse(OpenContract.Snapshot snapshot, ReviewSetup setup, int maxChars) {
        PositionMapper mapper = snapshot.mapper();
        if (snapshot.text().length() > maxChars) {
            return new Analysis(snapshot, mapper, null, "the document has " + snapshot.text().length()
                    + " characters, more than the limit of " + maxChars + " (setting clauselint.maxFileSize)", setup);
        }
        try {
            ContractReader reader = new ContractReader(maxChars);
            DocumentFormat format = format(snapshot.languageId());
            var doc = format != null ? reader.read(snapshot.text(), format) : reader.read(snapshot.text(), fileName(snapshot.uri()));
            Review review = setup.reviewer().review(doc);
            return new Analysis(snapshot, mapper, review, null, setup);
        } catch (UnreadableInputException e) {
            return new Analysis(snapshot, mapper, null, e.getMessage(), setup);
        }
    }

    /** The format an editor's language id names; null for "contract" and others (decided by name, then content). */
    static DocumentFormat format(String languageId) {
        return switch (languageId) {
            case "markdown" -> DocumentFormat.MARKDOWN;
            case "html" -> DocumentFormat.HTML;
            case "plaintext" -> DocumentFormat.PLAIN_TEXT;
            default -> null;
        };
    }

    static String fileName(String uri) {
        try {
            String path = URI.create(uri).getPath();
            if (path != null) return path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            // not a URI: use it as it is
        }
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * The analysis of the newest version of a document: at once when it is ready, else when its
     * review ends. If a newer edit supersedes it meanwhile, follows on to that one.
     */
    CompletableFuture<Analysis> latest(String uri) {
        return follow(uri, slot -> slot.pending);
    }

    /**
     * The full analysis of the newest version: like {@link #latest}, but never a quick
     * paragraph review, so whole-document figures (score, missing provisions) are final.
     */
    CompletableFuture<Analysis> settled(String uri) {
        return follow(uri, slot -> slot.settled);
    }

    /** One of a slot's futures, followed past superseded versions to the newest one's. */
    private CompletableFuture<Analysis> follow(String uri, java.util.function.Function<Slot, CompletableFuture<Analysis>> which) {
        Slot slot = slots.get(uri);
        if (slot == null) {
            return CompletableFuture.failedFuture(new UnknownDocumentException(uri));
        }
        return which.apply(slot).exceptionallyCompose(e -> {
            Throwable cause = cause(e);
            if (cause instanceof Superseded && slots.get(uri) == slot) return follow(uri, which);
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** The exception behind a future's {@link CompletionException} wrapper. */
    static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The last finished analysis of a document, whatever its version; null if none yet. */
    Analysis last(String uri) {
        Slot slot = slots.get(uri);
        return slot == null ? null : slot.last;
    }

    boolean isOpen(String uri) {
        return slots.containsKey(uri);
    }

    void forget(String uri) {
        Slot slot = slots.remove(uri);
        if (slot == null) return;
        Future<?> t = slot.task;
        if (t != null) t.cancel(true);
        CompletableFuture<Analysis> p = slot.pending;
        if (p != null && !p.isDone()) p.completeExceptionally(new UnknownDocumentException(uri));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
