package dev.clauselint.eclipse.syntax;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/**
 * Colours the Contract editor line by line with {@link ContractSyntax}. A change damages just
 * the lines it touches, which is enough because no rule spans lines.
 */
final class ContractDamagerRepairer implements IPresentationDamager, IPresentationRepairer {
    private final ISourceViewer viewer;
    private IDocument document;

    ContractDamagerRepairer(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        try {
            int firstLine = document.getLineOfOffset(event.getOffset());
            int inserted = event.getText() == null ? 0 : event.getText().length();
            int lastLine = document.getLineOfOffset(Math.min(event.getOffset() + inserted, document.getLength()));
            int start = document.getLineOffset(firstLine);
            IRegion last = document.getLineInformation(lastLine);
            return new Region(start, last.getOffset() + last.getLength() - start);
        } catch (BadLocationException e) {
            return partition; // cannot happen for an event of this document; repaint it all
        }
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion region) {
        StyledText widget = viewer.getTextWidget();
        boolean dark = widget != null && ContractColours.isDark(widget.getBackground());
        try {
            int first = document.getLineOfOffset(region.getOffset());
            int last = document.getLineOfOffset(region.getOffset() + region.getLength());
            for (int line = first; line <= last; line++) {
                IRegion info = document.getLineInformation(line);
                for (ContractSyntax.Span span : ContractSyntax.scan(document.get(info.getOffset(), info.getLength()))) {
                    // clipped: a presentation must stay within the region it repairs
                    int start = Math.max(info.getOffset() + span.start(), region.getOffset());
                    int end = Math.min(info.getOffset() + span.start() + span.length(), region.getOffset() + region.getLength());
                    if (start < end) presentation.addStyleRange(style(start, end - start, span.kind(), dark));
                }
            }
        } catch (BadLocationException e) {
            // the region came from this document just now; nothing sensible to colour otherwise
        }
    }

    private static StyleRange style(int offset, int length, ContractSyntax.Kind kind, boolean dark) {
        return new StyleRange(offset, length, ContractColours.colour(kind, dark), null, ContractColours.fontStyle(kind));
    }
}
