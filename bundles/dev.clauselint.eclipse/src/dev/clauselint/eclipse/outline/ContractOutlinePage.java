package dev.clauselint.eclipse.outline;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Outline view of a contract: its sections, nested as the server reports them. Each review
 * brings new symbol objects; the tree matches them to the old ones by name and kind, so a
 * refresh while the user types keeps what they expanded and selected.
 */
final class ContractOutlinePage extends ContentOutlinePage {
    /** The tree's input, kept while its contents change, so refreshes update rather than rebuild. */
    private static final class Root {
        List<DocumentSymbol> symbols = List.of();
    }

    private final Consumer<DocumentSymbol> reveal;
    private final Root root = new Root();
    private boolean disposed;

    ContractOutlinePage(Consumer<DocumentSymbol> reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolTree());
        viewer.setComparer(new SameSection());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof DocumentSymbol s ? s.getName() : super.getText(element);
            }
        });
        viewer.setInput(root);
        viewer.expandAll(); // a contract has few sections; seeing them all is the point
    }

    /** UI thread: replaces the sections shown. */
    void setSymbols(List<DocumentSymbol> next) {
        boolean first = root.symbols.isEmpty();
        root.symbols = next;
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) return;
        viewer.refresh();
        if (first) viewer.expandAll(); // the first sections to arrive; later, the user's expansion stays
    }

    boolean isDisposed() {
        return disposed;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol symbol) {
            reveal.accept(symbol);
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }

    private static final class SymbolTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Root r ? r.symbols.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = parent instanceof DocumentSymbol s ? s.getChildren() : null;
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null; // not needed: the tree is never asked to reveal an element from below
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** The same section across reviews: same name and kind (its range moves as the user types). */
    private static final class SameSection implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof DocumentSymbol x && b instanceof DocumentSymbol y) {
                return Objects.equals(x.getName(), y.getName()) && x.getKind() == y.getKind();
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof DocumentSymbol s ? Objects.hashCode(s.getName()) : Objects.hashCode(element);
        }
    }
}
