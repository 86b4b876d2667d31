package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README shows, produced the way a user gets it: the Contract editor with its markers and
 * the hover open over the training clause, and the Ctrl+1 menu open on it. Unlike the hover and
 * quick fix tests, which call the client's classes directly, these go through the text viewer's
 * own hover manager and quick assist operation, so the popups are the real ones. The PNGs land in
 * the folder named by {@code clauselint.screenshots}; docs/images holds copies.
 */
class ReadmeScreenshotsTest extends WorkbenchTest {
    private ContractEditor editor;
    private ISourceViewer viewer;
    private IMarker marker;

    @BeforeEach
    void openTheContractWithItsFixes() throws Exception {
        Shell window = page.getWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 960);
        IFile file = project.file("ai-services.contract.md", SMALL);
        editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor); // the Problems view took the focus; the popups belong to the editor
        viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        marker = UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        // Ctrl+1 reads the fixes the client fetched after the markers; wait until they are there
        UiWait.until("quick fixes for the marker", () -> IDE.getMarkerHelpRegistry().getResolutions(marker).length > 0);
        UiWait.spin(window.getDisplay(), 1500); // the Problems view refreshes in a delayed job
        expandTheProblemsGroups(window);
    }

    @Test
    void theHoverOverTheTrainingClause() throws Exception {
        StyledText text = viewer.getTextWidget();
        Display display = text.getDisplay();
        Point at = text.getLocationAtOffset(widgetOffset(clauseOffset() + 20));
        at.y += text.getLineHeight() / 2;
        // the hover manager closes its popup when the pointer is elsewhere, so put the pointer there too
        display.setCursorLocation(text.toDisplay(at));
        UiWait.spin(display, 300);
        Event hover = new Event();
        hover.x = at.x;
        hover.y = at.y;
        text.notifyListeners(SWT.MouseHover, hover);

        Shell popup = UiWait.until("the hover popup", () -> popupOtherThan(text.getShell()));
        UiWait.spin(display, 500); // let it paint
        Shell window = text.getShell();
        Screenshots.save(display, window.getBounds(), "eclipse-markers-hover");
        assertTrue(popup.isVisible());
    }

    @Test
    void theQuickFixMenuOnTheTrainingClause() throws Exception {
        StyledText text = viewer.getTextWidget();
        Display display = text.getDisplay();
        viewer.setSelectedRange(clauseOffset() + 20, 0);
        assertTrue(((ITextOperationTarget) viewer).canDoOperation(ISourceViewer.QUICK_ASSIST));

        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.QUICK_ASSIST);

        Shell popup = UiWait.until("the Ctrl+1 popup", () -> popupOtherThan(text.getShell()));
        List<String> items = UiWait.until("the Ctrl+1 proposals", () -> {
            List<String> labels = tableItems(popup);
            return labels.isEmpty() ? null : labels;
        });
        assertTrue(items.contains("Suppress " + TRAINING_RULE + " here"), items.toString());
        UiWait.spin(display, 800); // the selected proposal's additional info opens beside the list
        Screenshots.save(display, text.getShell().getBounds(), "eclipse-quick-fix");
    }

    /**
     * The Problems view opens with its severity groups collapsed; the picture should show the
     * high-severity findings themselves (all groups open would not fit). An Expand event makes the tree viewer create the children, as a click would.
     */
    private static void expandTheProblemsGroups(Shell window) {
        for (Tree tree : trees(window)) {
            for (TreeItem group : tree.getItems()) {
                if (!group.getText().matches("Errors \\(\\d+ items?\\)")) continue;
                Event expand = new Event();
                expand.item = group;
                tree.notifyListeners(SWT.Expand, expand);
                group.setExpanded(true);
            }
        }
        UiWait.spin(window.getDisplay(), 500);
    }

    private static List<Tree> trees(Control control) {
        List<Tree> trees = new ArrayList<>();
        if (control instanceof Tree tree) trees.add(tree);
        else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) trees.addAll(trees(child));
        }
        return trees;
    }

    private int clauseOffset() {
        return marker.getAttribute(IMarker.CHAR_START, -1);
    }

    /** Folded sections shift the widget's offsets against the document's. */
    private int widgetOffset(int modelOffset) {
        return viewer instanceof ITextViewerExtension5 ext ? ext.modelOffset2WidgetOffset(modelOffset) : modelOffset;
    }

    private static Shell popupOtherThan(Shell window) {
        return Arrays.stream(window.getDisplay().getShells())
                .filter(s -> s != window && s.isVisible() && !s.isDisposed())
                .findFirst().orElse(null);
    }

    private static List<String> tableItems(Control control) {
        List<String> labels = new ArrayList<>();
        if (control instanceof Table table) {
            for (TableItem item : table.getItems()) labels.add(item.getText());
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) labels.addAll(tableItems(child));
        }
        return labels;
    }
}
