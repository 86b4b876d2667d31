package dev.clauselint.eclipse.outline;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.UiThread;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps one Contract editor's outline page and section folding in step with the server: after
 * each review of the document it asks for documentSymbol and foldingRange (queued on the
 * client's outbox) and hands the answers to the UI thread with asyncExec. Fields other than
 * {@link #sync} are only touched on the UI thread.
 */
public final class ContractStructure {
    private final Consumer<DocumentSymbol> reveal;
    private final Runnable onReviewed = this::fetch;
    private volatile DocumentSync sync;
    private List<DocumentSymbol> symbols = List.of();
    private ContractOutlinePage outline;
    private SectionFolding folding;
    private boolean disposed;

    /** @param reveal selects a section in the editor (the outline's selection) */
    public ContractStructure(Consumer<DocumentSymbol> reveal) {
        this.reveal = reveal;
    }

    /** Follows the reviews of a (new) document; null stops following. */
    public void attach(DocumentSync next) {
        DocumentSync previous = sync;
        if (previous != null) previous.removeReviewListener(onReviewed);
        sync = next;
        if (next != null) {
            next.addReviewListener(onReviewed);
            fetch();
        }
    }

    /** Folds sections in this viewer from now on (the editor's projection is installed). */
    public void installFolding(ProjectionViewer viewer) {
        folding = new SectionFolding(viewer);
        fetch();
    }

    /** The outline page, created on the Outline view's first request. */
    public IContentOutlinePage outlinePage() {
        if (outline == null || outline.isDisposed()) {
            outline = new ContractOutlinePage(reveal);
            outline.setSymbols(symbols);
        }
        return outline;
    }

    public void dispose() {
        attach(null);
        disposed = true;
    }

    /** Any thread: queues both requests and returns. */
    private void fetch() {
        DocumentSync s = sync;
        ContractClient client = ContractClient.existing();
        if (s == null || client == null) return;
        TextDocumentIdentifier document = new TextDocumentIdentifier(s.uri());
        client.request(server -> server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document)))
                .thenAccept(answer -> UiThread.async(() -> showSymbols(s, answer)))
                .exceptionally(e -> failed("outline", s, e));
        client.request(server -> server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(document)))
                .thenAccept(answer -> UiThread.async(() -> showFolds(s, answer)))
                .exceptionally(e -> failed("folding", s, e));
    }

    private void showSymbols(DocumentSync from, List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> answer) {
        if (disposed || from != sync || answer == null) return;
        // the server sends the nested form (DocumentSymbol) only; a flat answer has no sections
        symbols = answer.stream().filter(Either::isRight).map(Either::getRight).filter(Objects::nonNull).toList();
        if (outline != null && !outline.isDisposed()) outline.setSymbols(symbols);
    }

    private void showFolds(DocumentSync from, List<FoldingRange> ranges) {
        if (disposed || from != sync || ranges == null || folding == null) return;
        folding.update(from.document(), ranges);
    }

    private static Void failed(String what, DocumentSync s, Throwable e) {
        ClauselintPlugin.info("Clauselint: no " + what + " for " + s.uri() + ": " + e.getMessage());
        return null;
    }
}
