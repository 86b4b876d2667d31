package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typing in the Contract editor: the server follows every change and the UI thread never waits. */
class ContractSyncTest extends WorkbenchTest {
    @Test
    void markersFollowManySmallEditsAndTheUiThreadNeverWaits() throws Exception {
        IFile file = project.file("typing.contract.md", SMALL);
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));

        // 150 keystrokes at the top, each followed by a little event-loop time, the way a user types
        long slowest = 0;
        for (int i = 0; i < 150; i++) {
            long start = System.nanoTime();
            document.replace(0, 0, i % 30 == 29 ? "\n" : "x");
            slowest = Math.max(slowest, System.nanoTime() - start);
            UiWait.spin(Display.getCurrent(), 2);
        }
        // Generous on purpose: a shared CI machine stalls a repaint for a few hundred ms now and
        // then. What this catches is the UI thread waiting on the server (seconds, or a hang).
        assertTrue(slowest < 1_500_000_000L, "a keystroke held the UI thread for " + slowest / 1_000_000 + " ms");

        IMarker marker = UiWait.until("the marker on the moved clause", () -> {
            IMarker m = ContractProject.marker(file, TRAINING_RULE);
            return m != null && at(document, m).startsWith("Provider may use") ? m : null;
        });
        assertEquals(document.getLineOfOffset(document.get().indexOf(TRAINING)) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));

        int clause = document.get().indexOf(TRAINING);
        document.replace(clause, TRAINING.length(), "Provider will not use Customer Content to train any model.");
        UiWait.until("the " + TRAINING_RULE + " marker to go", () -> ContractProject.marker(file, TRAINING_RULE) == null);
    }

    @Test
    void closingTheEditorRemovesItsFindings() throws Exception {
        IFile file = project.file("closing.contract.md", SMALL);
        IDE.openEditor(page, file, ContractEditor.ID);
        UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        page.closeAllEditors(false);
        UiWait.until("the markers to go with the editor", () -> ContractProject.marker(file, TRAINING_RULE) == null);
        UiWait.spin(Display.getCurrent(), 1000);
        assertNull(ContractProject.marker(file, TRAINING_RULE), "a late review of the closed file brought them back");
    }

    private static String at(IDocument document, IMarker m) {
        int start = m.getAttribute(IMarker.CHAR_START, -1);
        int end = m.getAttribute(IMarker.CHAR_END, -1);
        try {
            return start < 0 ? "" : document.get(start, end - start);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return "";
        }
    }
}
