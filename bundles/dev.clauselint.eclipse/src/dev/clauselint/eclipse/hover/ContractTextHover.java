package dev.clauselint.eclipse.hover;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Hover in the Contract editor: the server's textDocument/hover (a finding's rationale, a
 * defined term's definition), falling back to the editor's own hover (annotation texts) where
 * the server has nothing to say.
 *
 * <p>Eclipse computes hovers on its hover thread, not the UI thread, so waiting here is allowed,
 * but only briefly: after {@link #WAIT_MS} the hover shows nothing rather than hang. Should
 * anything ever call this on the UI thread, it does not wait at all.
 */
public final class ContractTextHover implements ITextHover, ITextHoverExtension2 {
    static final long WAIT_MS = 2000;

    private final Supplier<DocumentSync> sync;
    private final ITextHover fallback;

    public ContractTextHover(Supplier<DocumentSync> sync, ITextHover fallback) {
        this.sync = sync;
        this.fallback = fallback;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        // the server decides what is hovered; a point region asks it about this offset
        return new Region(offset, 0);
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        String text = serverHover(region.getOffset());
        if (text != null) return text;
        return fallback == null ? null : fallback.getHoverInfo(viewer, region);
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        Object info = getHoverInfo2(viewer, region);
        return info == null ? null : info.toString();
    }

    /** The server's hover text at an offset, or null when there is none or it takes too long. */
    public String serverHover(int offset) {
        DocumentSync s = sync.get();
        ContractClient client = ContractClient.existing();
        if (s == null || client == null) return null;
        HoverParams params;
        try {
            params = new HoverParams(new TextDocumentIdentifier(s.uri()), LspPositions.position(s.document(), offset));
        } catch (BadLocationException e) {
            return null; // the text changed under the mouse
        }
        CompletableFuture<Hover> hover = client.request(server -> server.getTextDocumentService().hover(params));
        try {
            Hover h = Display.getCurrent() != null ? hover.getNow(null) : hover.get(WAIT_MS, TimeUnit.MILLISECONDS);
            return h == null ? null : HoverContents.plainText(h);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            hover.cancel(true); // too slow or failed: no hover this time
            return null;
        }
    }
}
