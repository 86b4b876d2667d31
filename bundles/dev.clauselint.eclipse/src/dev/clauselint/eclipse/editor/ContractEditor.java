package dev.clauselint.eclipse.editor;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import dev.clauselint.eclipse.links.ContractLinks;
import dev.clauselint.eclipse.outline.ContractStructure;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Contract editor: a text editor whose document is kept in step with the Clauselint server,
 * so findings appear as markers while the user types, with their fixes on Ctrl+1, hovers, the
 * sections in the Outline view, folding of sections, Ctrl+click to definitions and sections,
 * and Rename Defined Term.
 */
public class ContractEditor extends TextEditor {
    public static final String ID = "dev.clauselint.eclipse.editor.contract";
    /** The key binding context of the Contract editor (Alt+Shift+R renames a defined term). */
    public static final String CONTEXT = "dev.clauselint.eclipse.contractEditorScope";

    private final ContractStructure structure = new ContractStructure(this::reveal);
    private final ContractLinks links = new ContractLinks(this::selectAndReveal);
    private DocumentSync sync;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new ContractViewerConfiguration(getPreferenceStore(), this::sync, this::links));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT });
    }

    /** A projection viewer, so sections can fold; otherwise what the text editor creates. */
    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors()).install();
        viewer.doOperation(ProjectionViewer.TOGGLE); // folding on
        structure.installFolding(viewer);
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
            structure.attach(sync);
            links.attach(sync);
        } catch (RuntimeException e) {
            ClauselintPlugin.log("Clauselint: could not start reviewing " + file.getFullPath(), e);
        }
    }

    /** The sync of this editor's document with the server, or null when it is not reviewed. */
    public DocumentSync sync() {
        return sync;
    }

    /** The Ctrl+click targets of the last review (null while the editor is being constructed). */
    public ContractLinks links() {
        return links;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (IContentOutlinePage.class.equals(type)) return type.cast(structure.outlinePage());
        return super.getAdapter(type);
    }

    /** Selects a section's heading (picked in the Outline view). */
    private void reveal(DocumentSymbol section) {
        IDocument document = sync == null ? null : sync.document();
        if (document == null) return;
        Range r = section.getSelectionRange() != null ? section.getSelectionRange() : section.getRange();
        try {
            int start = LspPositions.offset(document, r.getStart());
            int end = LspPositions.offset(document, r.getEnd());
            selectAndReveal(start, Math.max(0, end - start));
        } catch (BadLocationException e) {
            // the text moved on since the outline was computed; the next review refreshes it
        }
    }

    @Override
    public void dispose() {
        structure.dispose();
        links.dispose();
        stopSync();
        super.dispose();
    }

    private void stopSync() {
        structure.attach(null);
        links.attach(null);
        if (sync == null) return;
        ContractClient client = ContractClient.existing();
        if (client != null) client.close(sync);
        sync = null;
    }
}
