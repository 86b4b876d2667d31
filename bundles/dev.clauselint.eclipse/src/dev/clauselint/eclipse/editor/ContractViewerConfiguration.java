package dev.clauselint.eclipse.editor;

import dev.clauselint.eclipse.fixes.ContractQuickAssistProcessor;
import dev.clauselint.eclipse.syntax.ContractPresentation;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * The Contract editor's viewer set-up: the text editor's defaults (annotation hovers, spelling)
 * plus Ctrl+1 quick fixes from Clauselint.
 */
public class ContractViewerConfiguration extends TextSourceViewerConfiguration {
    public ContractViewerConfiguration(IPreferenceStore preferences) {
        super(preferences);
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new ContractQuickAssistProcessor());
        assistant.setInformationControlCreator(DefaultInformationControl::new);
        return assistant;
    }

    /** Colours headings, defined terms and section references (syntax.ContractSyntax). */
    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        return ContractPresentation.reconciler(sourceViewer, getConfiguredDocumentPartitioning(sourceViewer));
    }
}
