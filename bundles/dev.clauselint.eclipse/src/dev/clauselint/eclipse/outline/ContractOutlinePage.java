package dev.clauselint.eclipse.outline;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import java.util.List;
import java.util.function.Consumer;

/** The Outline view of a contract: its sections, nested as the server reports them. */
final class ContractOutlinePage extends ContentOutlinePage {
    private final Consumer<DocumentSymbol> reveal;
    private List<DocumentSymbol> symbols = List.of();
    private boolean disposed;

    ContractOutlinePage(Consumer<DocumentSymbol> reveal) {
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolTree());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof DocumentSymbol s ? s.getName() : super.getText(element);
            }
        });
        show();
    }

    /** UI thread: replaces the sections shown. */
    void setSymbols(List<DocumentSymbol> next) {
        symbols = next;
        show();
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

    private void show() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) return;
        viewer.setInput(symbols);
        viewer.expandAll(); // a contract has few sections; seeing them all is the point
    }

    private static final class SymbolTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = parent instanceof DocumentSymbol s ? s.getChildren() : null;
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null; // not needed: the tree is always shown expanded from the top
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
