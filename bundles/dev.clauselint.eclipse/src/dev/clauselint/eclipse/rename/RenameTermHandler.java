package dev.clauselint.eclipse.rename;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.lsp4j.Position;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Rename Defined Term (Alt+Shift+R in the Contract editor): the term under the caret, renamed
 * everywhere by the server. Only queues the first request; {@link TermRename} carries on.
 */
public final class RenameTermHandler extends AbstractHandler {
    /** For tests: answers the new-name question instead of the dialog; null restores the dialog. */
    public static void answerNameWith(NewNameQuestion answer) {
        TermRename.answerWith(answer);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ContractEditor editor)) return null;
        DocumentSync sync = editor.sync();
        ContractClient client = ContractClient.existing();
        ISelection selection = editor.getSelectionProvider().getSelection();
        if (sync == null || client == null || !(selection instanceof ITextSelection text)) return null;
        try {
            Position caret = LspPositions.position(sync.document(), text.getOffset());
            new TermRename(client, sync, caret, editor.getSite().getShell()).start();
        } catch (BadLocationException e) {
            // the selection is outside the document: nothing to rename
        }
        return null;
    }
}
