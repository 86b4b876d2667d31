package dev.clauselint.eclipse.links;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.UiThread;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One Contract editor's Ctrl+click targets: "Section 3" to its heading, a defined term's use to
 * its definition. Eclipse detects hyperlinks on the UI thread, which must not wait on the
 * server, so after each review the links are fetched through the client's outbox and kept here;
 * detection reads only this cache. Links belong to one version of the text: once the user types,
 * they are withheld until the next review brings fresh ones. All but {@link #sync} is UI-thread only.
 */
public final class ContractLinks {
    /** Selects a range of the editor's text (opening a link). */
    public interface Selection {
        void select(int offset, int length);
    }

    private final Selection selection;
    private final Runnable onReviewed = () -> UiThread.async(this::fetch);
    private volatile DocumentSync sync;
    private LinkSet current = LinkSet.NONE;
    private boolean disposed;

    public ContractLinks(Selection selection) {
        this.selection = selection;
    }

    /** Follows the reviews of a (new) document; null stops following. */
    public void attach(DocumentSync next) {
        DocumentSync previous = sync;
        if (previous != null) previous.removeReviewListener(onReviewed);
        sync = next;
        current = LinkSet.NONE;
        if (next != null) {
            next.addReviewListener(onReviewed);
            UiThread.async(this::fetch);
        }
    }

    /** UI thread, no waiting: the links covering an offset of the current text. */
    public List<Link> at(int offset) {
        DocumentSync s = sync;
        if (s == null || current.version() != s.version()) return List.of();
        return current.links().stream().filter(l -> l.covers(offset)).toList();
    }

    /** Goes to the link's target in this editor. */
    public void open(Link link) {
        selection.select(link.targetOffset(), link.targetLength());
    }

    public void dispose() {
        attach(null);
        disposed = true;
    }

    /**
     * UI thread: reads the text's defined terms and queues the requests, all answered on lsp4j's
     * reader thread and handed back by asyncExec. The new set replaces the old one only when
     * complete, so Ctrl+click does not flicker between reviews.
     */
    private void fetch() {
        DocumentSync s = sync;
        ContractClient client = ContractClient.existing();
        if (disposed || s == null || client == null) return;
        IDocument document = s.document();
        int version = s.version();
        LinkSet next = new LinkSet(version, new ArrayList<>());
        TextDocumentIdentifier id = new TextDocumentIdentifier(s.uri());

        List<CompletableFuture<?>> answers = new ArrayList<>();
        answers.add(client.request(server -> server.getTextDocumentService().documentLink(new DocumentLinkParams(id)))
                .thenAccept(links -> UiThread.async(() -> addSections(s, next, links))));
        for (TermLinks.Query term : TermLinks.queries(document)) {
            answers.add(TermLinks.request(client, id, term)
                    .thenAccept(found -> UiThread.async(() -> addTerms(s, next, found))));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenRun(() -> UiThread.async(() -> publish(s, next)))
                .exceptionally(e -> {
                    ClauselintPlugin.info("Clauselint: no links for " + s.uri() + ": " + e.getMessage());
                    return null;
                });
    }

    private void addSections(DocumentSync from, LinkSet into, List<DocumentLink> links) {
        if (from != sync || from.version() != into.version() || links == null) return;
        into.links().addAll(SectionLinks.resolve(from, links));
    }

    private void addTerms(DocumentSync from, LinkSet into, TermLinks.Answer answer) {
        if (from != sync || from.version() != into.version()) return;
        into.links().addAll(TermLinks.resolve(from.document(), from.uri(), answer));
    }

    private void publish(DocumentSync from, LinkSet complete) {
        // the asyncExecs of the single answers were queued before this one, so all are in
        if (disposed || from != sync || from.version() != complete.version()) return;
        current = complete;
    }

    private record LinkSet(int version, List<Link> links) {
        static final LinkSet NONE = new LinkSet(-1, List.of());
    }
}
