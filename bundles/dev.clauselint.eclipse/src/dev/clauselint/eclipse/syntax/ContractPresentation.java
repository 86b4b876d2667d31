package dev.clauselint.eclipse.syntax;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/** The Contract editor's presentation reconciler: one damager-repairer for the whole (unpartitioned) text. */
public final class ContractPresentation {
    private ContractPresentation() {
    }

    public static IPresentationReconciler reconciler(ISourceViewer viewer, String partitioning) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(partitioning);
        ContractDamagerRepairer colouring = new ContractDamagerRepairer(viewer);
        reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }
}
