package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Ctrl+1 in the Contract editor: the fixes of the Clauselint findings under the caret. JFace
 * computes quick assists on the UI thread and waits for them, so the proposals come from the
 * {@link FixCache}, like the Problems view's, and never from a server round trip.
 */
public final class ContractQuickAssistProcessor implements IQuickAssistProcessor {
    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation m && ClauselintMarkers.isClauselint(m.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        ContractClient client = ContractClient.existing();
        IAnnotationModel model = context.getSourceViewer() == null ? null : context.getSourceViewer().getAnnotationModel();
        if (client == null || model == null) return new ICompletionProposal[0];
        List<ICompletionProposal> out = new ArrayList<>();
        for (IMarker marker : markersAt(model, context.getOffset())) {
            for (CodeAction action : ContractMarkerResolutionGenerator.actions(marker)) out.add(new CodeActionProposal(client, action));
        }
        return out.toArray(ICompletionProposal[]::new);
    }

    private List<IMarker> markersAt(IAnnotationModel model, int offset) {
        List<IMarker> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            Annotation a = it.next();
            if (!canFix(a)) continue;
            Position p = model.getPosition(a);
            if (p != null && p.getOffset() <= offset && offset <= p.getOffset() + p.getLength()) out.add(((MarkerAnnotation) a).getMarker());
        }
        return out;
    }
}
