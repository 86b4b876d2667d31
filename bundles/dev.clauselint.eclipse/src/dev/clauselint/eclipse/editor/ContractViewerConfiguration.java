package dev.clauselint.eclipse.editor;

import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.fixes.ContractQuickAssistProcessor;
import dev.clauselint.eclipse.hover.ContractTextHover;
import dev.clauselint.eclipse.syntax.ContractPresentation;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import java.util.function.Supplier;

/**
 * The Contract editor's viewer set-up: the text editor's defaults (annotation hovers, spelling)
 * plus Ctrl+1 quick fixes, hovers and colouring from Clauselint.
 */
public class ContractViewerConfiguration extends TextSourceViewerConfiguration {
    private final Supplier<DocumentSync> sync;

    /** @param sync the editor's current document sync (it changes when the input does) */
    public ContractViewerConfiguration(IPreferenceStore preferences, Supplier<DocumentSync> sync) {
        super(preferences);
        this.sync = sync;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new ContractQuickAssistProcessor());
        assistant.setInformationControlCreator(DefaultInformationControl::new);
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ContractTextHover(sync, super.getTextHover(sourceViewer, contentType));
    }

    /** Colours headings, defined terms and section references (syntax.ContractSyntax). */
    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        return ContractPresentation.reconciler(sourceViewer, getConfiguredDocumentPartitioning(sourceViewer));
    }
}
