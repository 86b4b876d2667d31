package dev.clauselint.eclipse.links;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

import java.util.List;
import java.util.function.Supplier;

/**
 * Ctrl+click in the Contract editor: a section reference to its heading, a defined term to its
 * definition. Runs on the UI thread, so it answers from the editor's {@link ContractLinks} cache
 * and never asks the server.
 */
public final class ContractHyperlinkDetector implements IHyperlinkDetector {
    private final Supplier<ContractLinks> links;

    /** @param links the editor's cache (looked up per call: the viewer set-up precedes the editor's fields) */
    public ContractHyperlinkDetector(Supplier<ContractLinks> links) {
        this.links = links;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        ContractLinks cache = links.get();
        if (cache == null || region == null) return null;
        List<Link> found = cache.at(region.getOffset());
        if (found.isEmpty()) return null; // null, not empty: the protocol of IHyperlinkDetector
        List<Link> shown = canShowMultipleHyperlinks ? found : found.subList(0, 1);
        return shown.stream().map(l -> new LinkHyperlink(cache, l)).toArray(IHyperlink[]::new);
    }

    /** One link as Eclipse's hyperlink: underlined region, label, and the jump. */
    private record LinkHyperlink(ContractLinks cache, Link link) implements IHyperlink {
        @Override
        public IRegion getHyperlinkRegion() {
            return new Region(link.offset(), link.length());
        }

        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public String getHyperlinkText() {
            return link.label();
        }

        @Override
        public void open() {
            cache.open(link);
        }
    }
}
