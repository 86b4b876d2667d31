package dev.clauselint.eclipse.editor;

import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.fixes.ContractQuickAssistProcessor;
import dev.clauselint.eclipse.hover.ContractTextHover;
import dev.clauselint.eclipse.links.ContractHyperlinkDetector;
import dev.clauselint.eclipse.links.ContractLinks;
import dev.clauselint.eclipse.syntax.ContractPresentation;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The Contract editor's viewer set-up: the text editor's defaults (annotation hovers, spelling)
 * plus Ctrl+1 quick fixes, hovers, colouring and Ctrl+click from Clauselint.
 */
public class ContractViewerConfiguration extends TextSourceViewerConfiguration {
    private final Supplier<DocumentSync> sync;
    private final Supplier<ContractLinks> links;

    /**
     * @param sync the editor's current document sync (it changes when the input does)
     * @param links the editor's cache of Ctrl+click targets
     */
    public ContractViewerConfiguration(IPreferenceStore preferences, Supplier<DocumentSync> sync, Supplier<ContractLinks> links) {
        super(preferences);
        this.sync = sync;
        this.links = links;
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

    /** Ctrl+click to a definition or a section first, then the defaults (URLs). */
    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] defaults = super.getHyperlinkDetectors(sourceViewer);
        if (defaults == null) return null; // the user turned hyperlinks off (General > Editors > Text Editors)
        IHyperlinkDetector ours = new ContractHyperlinkDetector(links);
        IHyperlinkDetector[] all = Arrays.copyOf(new IHyperlinkDetector[] { ours }, defaults.length + 1);
        System.arraycopy(defaults, 0, all, 1, defaults.length);
        return all;
    }
}
