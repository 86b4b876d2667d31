package dev.clauselint.eclipse.risk;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import java.util.function.Consumer;

/**
 * Follows which Contract editor is the page's active editor (null when the active editor is
 * something else, or none is open). Activating a view leaves the active editor as it was, so
 * clicking into the Risk view does not lose the contract. UI thread only.
 */
final class ContractFocus implements IPartListener2 {
    private final IWorkbenchPage page;
    private final Consumer<ContractEditor> onChange;
    private ContractEditor current;

    ContractFocus(IWorkbenchPage page, Consumer<ContractEditor> onChange) {
        this.page = page;
        this.onChange = onChange;
    }

    /** Starts listening and reports the editor active now. */
    void install() {
        page.addPartListener(this);
        follow(page.getActiveEditor());
    }

    void dispose() {
        page.removePartListener(this);
    }

    ContractEditor current() {
        return current;
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part instanceof IEditorPart editor) follow(editor);
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) != current) return;
        IEditorPart next = page.getActiveEditor();
        follow(next == current ? null : next);
    }

    private void follow(IEditorPart editor) {
        ContractEditor contract = editor instanceof ContractEditor c ? c : null;
        if (contract == current) return;
        current = contract;
        onChange.accept(contract);
    }
}
