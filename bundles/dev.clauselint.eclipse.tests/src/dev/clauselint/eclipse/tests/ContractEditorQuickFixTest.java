package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.fixes.ContractQuickAssistProcessor;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Contract editor in a real workbench: open a contract, see the finding as a marker, fix it
 * through the Problems view's marker resolution or Ctrl+1, undo it in one step.
 */
class ContractEditorQuickFixTest extends WorkbenchTest {
    @Test
    void theMarkerResolutionAppliesTheAlternativeWordingAndTheMarkerGoes() throws Exception {
        IFile file = project.file("services.contract.md", SMALL);
        IEditorPart editor = IDE.openEditor(page, file);
        ContractEditor contract = assertInstanceOf(ContractEditor.class, editor, "the contract content type opens the Contract editor");

        IMarker marker = UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        assertEquals("high", marker.getAttribute(ClauselintMarkers.SEVERITY, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(9, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        IDocument document = contract.getDocumentProvider().getDocument(contract.getEditorInput());
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals(TRAINING.substring(0, 16), document.get(start, 16), "the marker's range is the clause's");

        IMarkerResolution[] resolutions = UiWait.until("quick fixes for the marker", () -> {
            IMarkerResolution[] r = IDE.getMarkerHelpRegistry().getResolutions(marker);
            return r.length > 0 ? r : null;
        });
        showProblemsAndSave("contract-editor-with-finding");
        List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
        assertTrue(labels.contains("Suppress " + TRAINING_RULE + " here"), labels.toString());
        IMarkerResolution alternative = resolutions[0];
        assertTrue(alternative.getLabel().startsWith("Replace with"), labels.toString());

        alternative.run(marker);

        assertFalse(document.get().contains(TRAINING), "the risky clause was replaced");
        assertTrue(document.get().contains("not use Customer Content to train"), document.get());
        UiWait.until("the " + TRAINING_RULE + " marker to go", () -> ContractProject.marker(file, TRAINING_RULE) == null);
        assertTrue(contract.isDirty(), "the fix is an edit in the editor, not saved behind the user's back");

        DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
        assertEquals(SMALL, document.get(), "one undo takes the whole fix back");
        UiWait.until("the " + TRAINING_RULE + " marker to come back", () -> ContractProject.marker(file, TRAINING_RULE));
    }

    @Test
    void aFixCachedBeforeTheUserTypedIsFetchedAfreshNotMisapplied() throws Exception {
        IFile file = project.file("typed.contract.md", SMALL);
        ContractEditor contract = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        IMarker marker = UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        IMarkerResolution[] cached = UiWait.until("quick fixes for the marker", () -> {
            IMarkerResolution[] r = IDE.getMarkerHelpRegistry().getResolutions(marker);
            return r.length > 0 ? r : null;
        });
        IDocument document = contract.getDocumentProvider().getDocument(contract.getEditorInput());
        document.replace(document.getLength(), 0, "\nA new paragraph.\n"); // the cached edits are now one version behind

        cached[0].run(marker);

        UiWait.until("the fix, applied to the current text", () -> !document.get().contains(TRAINING));
        assertTrue(document.get().endsWith("\nA new paragraph.\n"), "the user's typing was kept");
        assertTrue(document.get().contains("not use Customer Content to train"), document.get());
    }

    /** The editor with its marker and the Problems view listing it, saved for the README. */
    private void showProblemsAndSave(String name) throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        UiWait.spin(shell.getDisplay(), 2000); // the Problems view refreshes in a delayed job
        Screenshots.save(shell.getDisplay(), shell.getBounds(), name);
    }

    @Test
    void ctrlOneOffersTheSameFixesAtTheFinding() throws Exception {
        IFile file = project.file("quick-assist.contract.md", SMALL);
        ContractEditor contract = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        IMarker marker = UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));

        ISourceViewer viewer = (ISourceViewer) contract.getAdapter(ITextOperationTarget.class);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1) + 3;
        IQuickAssistInvocationContext context = new TextInvocationContext(viewer, offset, -1);
        ICompletionProposal[] proposals = UiWait.until("Ctrl+1 proposals at the finding", () -> {
            ICompletionProposal[] p = new ContractQuickAssistProcessor().computeQuickAssistProposals(context);
            return p.length > 0 ? p : null;
        });
        List<String> titles = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
        assertTrue(titles.contains("Suppress " + TRAINING_RULE + " here"), titles.toString());

        ICompletionProposal suppress = proposals[titles.indexOf("Suppress " + TRAINING_RULE + " here")];
        IDocument document = viewer.getDocument();
        suppress.apply(document);
        assertTrue(document.get().contains(TRAINING_RULE), "a suppression directive naming the rule was inserted");
        UiWait.until("the " + TRAINING_RULE + " marker to go", () -> ContractProject.marker(file, TRAINING_RULE) == null);
    }
}
