package dev.clauselint.eclipse.compare;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

import java.util.concurrent.CompletableFuture;

/**
 * Compare With > Clauselint Risk Changes with HEAD / with File...: opens the contract in the
 * Contract editor if needed (the server compares the open document), sends
 * {@code clauselint.compareWith} through the client's outbox and shows the answer in a
 * {@link RiskChangesDialog}, or the server's refusal in an error dialog. The UI thread never waits.
 * The server marks the riskier clauses while the (modeless) dialog is open; closing it ends the
 * comparison.
 */
public final class CompareRiskChangesHandler extends AbstractHandler {
    public static final String WITH_HEAD = "dev.clauselint.eclipse.compareRiskWithHead";
    public static final String WITH_FILE = "dev.clauselint.eclipse.compareRiskWithFile";
    static final String TITLE = "Clauselint Risk Changes";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        IFile file = target(event);
        if (page == null || file == null) return null;
        Shell shell = page.getWorkbenchWindow().getShell();
        String other = "HEAD";
        if (WITH_FILE.equals(event.getCommand().getId())) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Compare " + file.getName() + " with");
            if (file.getLocation() != null) dialog.setFilterPath(file.getLocation().removeLastSegments(1).toOSString());
            other = dialog.open();
            if (other == null) return null;
        }
        String against = other;
        try {
            compare(page, file, other).whenComplete((changes, failure) -> Display.getDefault().asyncExec(() -> {
                if (shell.isDisposed()) return;
                if (failure != null) {
                    MessageDialog.openError(shell, TITLE, "Could not compare " + file.getName() + " with " + against + ":\n\n"
                            + RiskChangesRequest.message(failure));
                } else {
                    new RiskChangesDialog(shell, file.getName(), against, changes, () -> clear(page, file)).open();
                }
            }));
        } catch (PartInitException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, "Could not open " + file.getName() + " in the Contract editor: " + e.getMessage());
        }
        return null;
    }

    /**
     * The comparison without dialogs (also for tests): opens the file in the Contract editor
     * unless it is open there, and queues the command. Call on the UI thread; it does not wait.
     */
    public static CompletableFuture<RiskChanges> compare(IWorkbenchPage page, IFile file, String other) throws PartInitException {
        IEditorPart part = IDE.openEditor(page, file, ContractEditor.ID, false);
        DocumentSync sync = part instanceof ContractEditor editor ? editor.sync() : null;
        ContractClient client = ContractClient.existing();
        if (sync == null || client == null) throw new IllegalStateException(file.getName() + " is not reviewed by Clauselint");
        return RiskChangesRequest.send(client, sync.uri(), other);
    }

    /** Ends the file's comparison (its clauselint-compare marks go) if it is still open in the Contract editor. */
    private static void clear(IWorkbenchPage page, IFile file) {
        ContractClient client = ContractClient.existing();
        IEditorPart part = page.findEditor(new FileEditorInput(file));
        if (client != null && part instanceof ContractEditor editor && editor.sync() != null) {
            RiskChangesRequest.clear(client, editor.sync().uri());
        }
    }

    /** Why a finished comparison failed, worded as the server worded its refusal (also for tests). */
    public static String refusal(CompletableFuture<RiskChanges> failed) {
        try {
            failed.join();
            return null;
        } catch (RuntimeException e) {
            return RiskChangesRequest.message(e);
        }
    }

    /** The selected contract file, or the active Contract editor's file. */
    private static IFile target(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s && s.getFirstElement() != null) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null) return file;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor instanceof ContractEditor ? editor.getEditorInput().getAdapter(IFile.class) : null;
    }
}
