package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Outline view lists a contract's sections; the editor folds them. */
class ContractOutlineTest extends WorkbenchTest {
    @Test
    void theOutlineShowsTheSectionsAndTheyFold() throws Exception {
        IFile file = project.file("outline.contract.md", SMALL);
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        page.showView(IPageLayout.ID_OUTLINE);
        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);

        List<String> names = UiWait.until("the sections in the Outline view", () -> {
            List<String> shown = labels(outline.getControl());
            return shown.stream().anyMatch(n -> n.contains("Liability")) ? shown : null;
        });
        assertTrue(names.stream().anyMatch(n -> n.contains("AI Services Agreement")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Definitions")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Use of Data")), names.toString());

        // typing re-reviews the text and refreshes the outline in place: the sections are still there
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(document.get().indexOf("## 3. Liability"), 0, "## 2a. Audit\n\nCustomer may audit Provider once a year.\n\n");
        List<String> after = UiWait.until("the new section in the Outline view", () -> {
            List<String> shown = labels(outline.getControl());
            return shown.stream().anyMatch(n -> n.contains("Audit")) ? shown : null;
        });
        assertTrue(after.stream().anyMatch(n -> n.contains("Liability")), after.toString());

        ProjectionViewer viewer = assertInstanceOf(ProjectionViewer.class, editor.getAdapter(ITextOperationTarget.class));
        ProjectionAnnotationModel folds = viewer.getProjectionAnnotationModel();
        UiWait.until("folding ranges for the sections", () -> folds.getAnnotationIterator().hasNext());
    }

    private static List<String> labels(Control control) {
        List<String> out = new ArrayList<>();
        if (control instanceof Tree tree && !tree.isDisposed()) collect(tree.getItems(), out);
        return out;
    }

    private static void collect(TreeItem[] items, List<String> out) {
        for (TreeItem item : items) {
            out.add(item.getText());
            collect(item.getItems(), out);
        }
    }
}
