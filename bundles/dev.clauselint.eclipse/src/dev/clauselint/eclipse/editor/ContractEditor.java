package dev.clauselint.eclipse.editor;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The Contract editor: a text editor whose document is kept in step with the Clauselint server,
 * so findings appear as markers while the user types, with their fixes on Ctrl+1.
 */
public class ContractEditor extends TextEditor {
    public static final String ID = "dev.clauselint.eclipse.editor.contract";

    private DocumentSync sync;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new ContractViewerConfiguration(getPreferenceStore()));
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        stopSync();
        super.doSetInput(input);
        IFile file = input == null ? null : input.getAdapter(IFile.class);
        IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(input);
        if (file == null || document == null) return; // not a workspace file: edited, not reviewed
        try {
            sync = ContractClient.shared().open(file, document);
        } catch (RuntimeException e) {
            ClauselintPlugin.log("Clauselint: could not start reviewing " + file.getFullPath(), e);
        }
    }

    /** The sync of this editor's document with the server, or null when it is not reviewed. */
    public DocumentSync sync() {
        return sync;
    }

    @Override
    public void dispose() {
        stopSync();
        super.dispose();
    }

    private void stopSync() {
        if (sync == null) return;
        ContractClient client = ContractClient.existing();
        if (client != null) client.close(sync);
        sync = null;
    }
}
