package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.editor.ContractViewerConfiguration;
import dev.clauselint.eclipse.links.ContractHyperlinkDetector;
import dev.clauselint.eclipse.rename.RenameTermHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+click to a definition and to a section; Rename Defined Term with one Undo, and its refusal. */
class ContractNavigationTest extends WorkbenchTest {
    /** The small contract with a reference to section 3. */
    private static final String TEXT = ContractProject.SMALL.replace("train and improve its models.",
            "train and improve its models, subject to Section 3.");
    private static final String RENAME = "dev.clauselint.eclipse.renameTerm";

    @AfterEach
    void restoreTheDialog() {
        RenameTermHandler.answerNameWith(null);
    }

    @Test
    void ctrlClickOnATermUseSelectsItsDefinition() throws Exception {
        ContractEditor editor = open("term-link.contract.md");
        int use = TEXT.indexOf("Customer Content to train") + 3;

        IHyperlink link = UiWait.until("a hyperlink on the use of \"Customer Content\"", () -> linkAt(editor, use));
        link.open();

        ITextSelection selected = selection(editor);
        assertTrue(selected.getText().contains("Customer Content"), selected.getText());
        assertEquals(4, selected.getStartLine(), "the definition's line");
    }

    @Test
    void ctrlClickOnASectionReferenceSelectsItsHeading() throws Exception {
        ContractEditor editor = open("section-link.contract.md");
        int reference = TEXT.indexOf("Section 3") + 2;

        IHyperlink link = UiWait.until("a hyperlink on \"Section 3\"", () -> linkAt(editor, reference));
        link.open();

        assertEquals("## 3. Liability", selection(editor).getText());
    }

    @Test
    void renamingATermChangesEveryUseAndOneUndoRestoresTheText() throws Exception {
        ContractEditor editor = openWithTheCaretOnATermUse("rename.contract.md");
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String[] asked = new String[1];
        RenameTermHandler.answerNameWith((shell, current) -> {
            asked[0] = current;
            return "Client Data";
        });

        editor.getSite().getService(IHandlerService.class).executeCommand(RENAME, null);

        UiWait.until("the renamed term in the text", () -> document.get().contains("\"Client Data\""));
        assertEquals("Customer Content", asked[0], "the dialog is pre-filled with the current name");
        assertFalse(document.get().contains("Customer Content"), document.get());
        assertTrue(document.get().contains("Provider may use Client Data to train"), document.get());

        DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
        assertEquals(TEXT, document.get(), "one undo takes the whole rename back");
    }

    @Test
    void altShiftRRenamesInTheContractEditor() throws Exception {
        open("binding.contract.md");
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String> keys = UiWait.until("the Contract editor's key binding context", () -> {
            List<String> k = Arrays.stream(bindings.getActiveBindingsFor(RENAME)).map(TriggerSequence::format).toList();
            return k.isEmpty() ? null : k;
        });
        assertTrue(keys.contains(KeySequence.getInstance("M2+M3+R").format()), keys.toString());
    }

    @Test
    void theServersRefusalOfABadNameIsShownAndTheTextStays() throws Exception {
        ContractEditor editor = openWithTheCaretOnATermUse("refused.contract.md");
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        RenameTermHandler.answerNameWith((shell, current) -> "Client \"Data\"");
        String[] shown = new String[1];
        Display display = Display.getCurrent();
        closeErrorDialogInto(display, shown);

        editor.getSite().getService(IHandlerService.class).executeCommand(RENAME, null);

        UiWait.until("the error dialog", () -> shown[0]);
        assertTrue(shown[0].contains("quotation marks"), shown[0]);
        assertEquals(TEXT, document.get(), "nothing renamed");
    }

    /** The error dialog is modal: a timer reads its message and closes it, as a user would. */
    private static void closeErrorDialogInto(Display display, String[] message) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (!"Rename Defined Term".equals(s.getText())) continue;
                    message[0] = labels(s);
                    s.close();
                    return;
                }
                if (!display.isDisposed()) display.timerExec(100, this);
            }
        });
    }

    private static String labels(Composite parent) {
        StringBuilder out = new StringBuilder();
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l) out.append(l.getText()).append('\n');
            if (c instanceof Composite inner) out.append(labels(inner));
        }
        return out.toString();
    }

    /** Reviewed once (the server knows the terms), the caret in the use of "Customer Content". */
    private ContractEditor openWithTheCaretOnATermUse(String name) throws Exception {
        ContractEditor editor = open(name);
        UiWait.until("the first review", () -> linkAt(editor, TEXT.indexOf("Section 3") + 2));
        editor.selectAndReveal(TEXT.indexOf("Customer Content to train") + 2, 0);
        return editor;
    }

    private ContractEditor open(String name) throws Exception {
        IFile file = project.file(name, TEXT);
        return (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
    }

    /** What Ctrl+hover at the offset would underline, or null while the cache is empty. */
    private static IHyperlink linkAt(ContractEditor editor, int offset) {
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        // the editor's own configuration class, over the editor's own link cache
        ContractViewerConfiguration configuration = new ContractViewerConfiguration(EditorsUI.getPreferenceStore(), editor::sync, editor::links);
        IHyperlinkDetector[] detectors = configuration.getHyperlinkDetectors(viewer);
        assertNotNull(detectors);
        assertTrue(Arrays.stream(detectors).anyMatch(ContractHyperlinkDetector.class::isInstance), "our detector is registered");
        for (IHyperlinkDetector d : detectors) {
            if (!(d instanceof ContractHyperlinkDetector)) continue;
            IHyperlink[] found = d.detectHyperlinks((ITextViewer) viewer, new Region(offset, 0), false);
            if (found != null && found.length > 0) return found[0];
        }
        return null;
    }

    private static ITextSelection selection(ContractEditor editor) {
        return (ITextSelection) editor.getSelectionProvider().getSelection();
    }
}
