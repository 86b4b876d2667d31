package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.risk.RiskFinding;
import dev.clauselint.eclipse.risk.RiskView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Contract Risk view: grade and findings of the active contract, double-click to jump. */
class ContractRiskViewTest extends WorkbenchTest {
    @Test
    void theViewShowsTheGradeAndFindingsAndADoubleClickSelectsTheClause() throws Exception {
        RiskView view = (RiskView) page.showView(RiskView.ID);
        try {
            assertEquals("Open a contract to see its risk", view.emptyMessage());

            IFile file = project.file("risky.contract.md", SMALL);
            ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
            UiWait.until("a grade in the Risk view", () -> {
                String g = view.grade();
                return g != null && g.matches("[A-F]") ? g : null;
            });
            TreeItem item = UiWait.until("a " + TRAINING_RULE + " entry", () -> find(view.findings().getTree(), TRAINING_RULE));
            assertTrue(item.getText().startsWith(TRAINING_RULE), item.getText());
            assertTrue(item.getParentItem().getText().startsWith("High"), "under its severity: " + item.getParentItem().getText());
            assertTrue(item.getParentItem().getParentItem().getText().startsWith("data"), "under its category");
            Shell shell = page.getWorkbenchWindow().getShell();
            shell.setBounds(0, 0, 1400, 900);
            UiWait.spin(shell.getDisplay(), 300);
            Screenshots.save(shell.getDisplay(), shell.getBounds(), "contract-risk-view");

            page.activate(view);
            doubleClick(item);

            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
            assertEquals(document.get().indexOf(TRAINING), selection.getOffset(), "the clause is selected");
            assertTrue(selection.getLength() > 0, "the finding's whole range is selected");
            assertSame(editor, page.getActivePart(), "the editor is activated");

            page.closeAllEditors(false);
            UiWait.until("the Risk view to say no contract is open", () -> view.emptyMessage() != null);
        } finally {
            page.hideView(view);
        }
    }

    /** The tree item of a finding with this code, expanding the tree; null while there is none. */
    private static TreeItem find(Tree tree, String code) {
        for (TreeItem category : tree.getItems()) {
            for (TreeItem severity : category.getItems()) {
                for (TreeItem finding : severity.getItems()) {
                    if (finding.getData() instanceof RiskFinding f && code.equals(f.code())) return finding;
                }
            }
        }
        return null;
    }

    /** What SWT sends on a double-click (or Enter) in a tree: a default selection of the item. */
    private static void doubleClick(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.DefaultSelection, event);
    }
}
