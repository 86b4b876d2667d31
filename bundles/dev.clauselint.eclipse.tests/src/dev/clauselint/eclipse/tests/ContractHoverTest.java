package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.hover.ContractTextHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hover in the Contract editor, asked the way Eclipse asks: from a background thread (the hover
 * presenter's), while the UI thread keeps running its event loop.
 */
class ContractHoverTest extends WorkbenchTest {
    @Test
    void hoverOnTheTrainingClauseShowsWhyItMatters() throws Exception {
        ContractEditor editor = openReviewed("hover.contract.md");
        int offset = document(editor).get().indexOf(TRAINING) + 10;

        String text = hoverAt(editor, offset);

        assertTrue(text.contains(TRAINING_RULE), text);
        assertTrue(text.contains("Why it matters"), text);
        assertTrue(text.contains("can resurface in answers given to other customers"), "the rule's rationale: " + text);
    }

    @Test
    void hoverOnADefinedTermShowsItsDefinition() throws Exception {
        ContractEditor editor = openReviewed("term.contract.md");
        String text = document(editor).get();
        int use = text.indexOf("Customer Content", text.indexOf("## 2.")) + 3;

        String hover = hoverAt(editor, use);

        assertTrue(hover.contains("defined term"), hover);
        assertTrue(hover.contains("means any data Customer submits to the Services"), hover);
    }

    private ContractEditor openReviewed(String name) throws Exception {
        IFile file = project.file(name, SMALL);
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        return editor;
    }

    private static String hoverAt(ContractEditor editor, int offset) {
        ContractTextHover hover = new ContractTextHover(editor::sync, null);
        CompletableFuture<String> text = CompletableFuture.supplyAsync(() -> hover.serverHover(offset));
        return UiWait.until("the hover text", () -> text.isDone() ? text.join() : null);
    }

    private static IDocument document(ContractEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }
}
