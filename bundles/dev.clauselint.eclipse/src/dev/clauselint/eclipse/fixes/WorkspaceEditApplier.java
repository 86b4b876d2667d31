package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies an LSP workspace edit to Eclipse documents, on the UI thread. Each document's edits
 * go in as one compound change, so a single Undo takes the whole fix back. Files open in an
 * editor are changed in the editor's buffer and left unsaved; others are saved.
 */
public final class WorkspaceEditApplier {
    private record DocumentEdits(String uri, Integer version, List<TextEdit> edits) {
    }

    private WorkspaceEditApplier() {
    }

    /** True when every edit was applied; problems go to the error log. */
    public static boolean apply(ContractClient client, WorkspaceEdit edit) {
        List<DocumentEdits> plan = plan(edit);
        if (plan == null) return false;
        for (DocumentEdits d : plan) {
            if (!apply(client, d)) return false;
        }
        return true;
    }

    /** Whether the edit was computed on a text of an open document that has changed since. */
    public static boolean isStale(ContractClient client, WorkspaceEdit edit) {
        List<DocumentEdits> plan = plan(edit);
        if (plan == null) return false;
        for (DocumentEdits d : plan) {
            if (isStale(client, d)) return true;
        }
        return false;
    }

    private static boolean isStale(ContractClient client, DocumentEdits d) {
        DocumentSync sync = client.find(d.uri());
        return d.version() != null && sync != null && d.version() != sync.version();
    }

    private static List<DocumentEdits> plan(WorkspaceEdit edit) {
        List<DocumentEdits> plan = new ArrayList<>();
        if (edit == null) return plan;
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
                if (change.isRight()) {
                    ClauselintPlugin.warn("Clauselint: a fix wants to " + change.getRight().getKind() + " a file; not supported yet");
                    return null;
                }
                TextDocumentEdit t = change.getLeft();
                plan.add(new DocumentEdits(t.getTextDocument().getUri(), t.getTextDocument().getVersion(), new ArrayList<>(t.getEdits())));
            }
        } else if (edit.getChanges() != null) {
            for (Map.Entry<String, List<TextEdit>> e : edit.getChanges().entrySet()) plan.add(new DocumentEdits(e.getKey(), null, e.getValue()));
        }
        return plan;
    }

    private static boolean apply(ContractClient client, DocumentEdits d) {
        DocumentSync sync = client.find(d.uri());
        if (isStale(client, d)) {
            ClauselintPlugin.info("Clauselint: the fix was computed on an older text of " + d.uri() + "; not applied");
            return false;
        }
        IFile file = sync != null ? sync.file() : fileAt(d.uri());
        if (file == null) {
            ClauselintPlugin.warn("Clauselint: a fix edits " + d.uri() + ", which is not in the workspace");
            return false;
        }
        ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        boolean inEditor = buffers.getTextFileBuffer(path, LocationKind.IFILE) != null;
        try {
            buffers.connect(path, LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
                replace(buffer.getDocument(), d.edits());
                if (!inEditor) buffer.commit(null, true);
            } finally {
                buffers.disconnect(path, LocationKind.IFILE, null);
            }
            return true;
        } catch (CoreException | BadLocationException | MalformedTreeException e) {
            ClauselintPlugin.log("Clauselint: could not apply a fix to " + file.getFullPath(), e);
            return false;
        }
    }

    /** LSP edits all refer to the text before any of them; a MultiTextEdit applies them that way. */
    static void replace(IDocument document, List<TextEdit> edits) throws BadLocationException {
        MultiTextEdit all = new MultiTextEdit();
        for (TextEdit e : edits) {
            int start = LspPositions.offset(document, e.getRange().getStart());
            int end = LspPositions.offset(document, e.getRange().getEnd());
            all.addChild(new ReplaceEdit(start, end - start, e.getNewText()));
        }
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) undo.beginCompoundChange();
        try {
            all.apply(document, org.eclipse.text.edits.TextEdit.NONE);
        } finally {
            if (undo != null) undo.endCompoundChange();
        }
    }

    private static IFile fileAt(String uri) {
        try {
            for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri))) {
                if (f.exists()) return f;
            }
        } catch (IllegalArgumentException e) {
            // not a URI we can map
        }
        return null;
    }
}
