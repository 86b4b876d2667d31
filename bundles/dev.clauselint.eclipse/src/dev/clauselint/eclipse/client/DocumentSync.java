package dev.clauselint.eclipse.client;

import dev.clauselint.eclipse.ClauselintPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the server's copy of one open document in step with its {@link IDocument}: didOpen,
 * one incremental didChange per document change, didClose. The range of a change is computed
 * before the change (in {@code documentAboutToBeChanged}), from the text the server still has.
 */
public final class DocumentSync implements IDocumentListener {
    /** Lets the server decide the format from the file name, then the content. */
    private static final String LANGUAGE_ID = "contract";

    private final ServerConnection connection;
    private final IFile file;
    private final IDocument document;
    private final String uri;
    private volatile int version;
    private TextDocumentContentChangeEvent pending;
    private int users;
    private final List<Runnable> reviewListeners = new CopyOnWriteArrayList<>();

    DocumentSync(ServerConnection connection, IFile file, IDocument document, String uri) {
        this.connection = connection;
        this.file = file;
        this.document = document;
        this.uri = uri;
    }

    public IFile file() {
        return file;
    }

    public IDocument document() {
        return document;
    }

    public String uri() {
        return uri;
    }

    /** The version of the text last sent to the server. */
    public int version() {
        return version;
    }

    /**
     * Runs a listener after each review of this document arrives (on lsp4j's reader thread:
     * the listener must only queue work, never wait).
     */
    public void addReviewListener(Runnable listener) {
        reviewListeners.add(listener);
    }

    public void removeReviewListener(Runnable listener) {
        reviewListeners.remove(listener);
    }

    void reviewed() {
        for (Runnable listener : reviewListeners) listener.run();
    }

    synchronized void open() {
        version = 1;
        TextDocumentItem item = new TextDocumentItem(uri, LANGUAGE_ID, version, document.get());
        connection.notify(s -> s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(item)));
        document.addDocumentListener(this);
    }

    synchronized void close() {
        document.removeDocumentListener(this);
        connection.notify(s -> s.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
    }

    /** Editors sharing this document (two editors on one file share one file buffer). */
    synchronized int retain() {
        return ++users;
    }

    synchronized int release() {
        return --users;
    }

    @Override
    public synchronized void documentAboutToBeChanged(DocumentEvent event) {
        try {
            pending = new TextDocumentContentChangeEvent(
                    LspPositions.range(document, event.getOffset(), event.getLength()), event.getText() == null ? "" : event.getText());
        } catch (BadLocationException e) {
            pending = null; // resend everything below
        }
    }

    @Override
    public synchronized void documentChanged(DocumentEvent event) {
        TextDocumentContentChangeEvent change = pending != null ? pending : new TextDocumentContentChangeEvent(document.get());
        if (pending == null) ClauselintPlugin.warn("Clauselint: a change to " + uri + " had no valid range; sent the whole text");
        pending = null;
        int v = ++version;
        var params = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v), List.of(change));
        connection.notify(s -> s.getTextDocumentService().didChange(params));
    }
}
