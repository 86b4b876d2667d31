package dev.clauselint.eclipse.markers;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

import java.util.HashMap;
import java.util.Map;

/**
 * Replaces a file's Clauselint markers with the findings of one publishDiagnostics, in a
 * workspace job holding only that file's marker rule (never the UI thread, never the whole
 * workspace), then asks for the quick fixes of the new findings.
 */
public final class MarkerUpdateJob extends WorkspaceJob {
    private final ContractClient client;
    private final DocumentSync sync;
    private final PublishDiagnosticsParams params;

    public MarkerUpdateJob(ContractClient client, DocumentSync sync, PublishDiagnosticsParams params) {
        super("Clauselint: updating findings of " + sync.file().getName());
        this.client = client;
        this.sync = sync;
        this.params = params;
        setSystem(true);
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(sync.file()));
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        IFile file = sync.file();
        if (!file.exists() || isStale() || client.find(sync.uri()) != sync) return Status.OK_STATUS;
        file.deleteMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO);
        for (Diagnostic d : params.getDiagnostics()) {
            file.createMarker(ClauselintMarkers.TYPE, attributes(d));
        }
        client.fixes().refresh(client, sync, params);
        return Status.OK_STATUS;
    }

    /**
     * Removes a file's findings once its last Contract editor closes: nothing keeps them up to
     * date after that (until a builder reviews closed files too).
     */
    public static void clearLater(IFile file) {
        WorkspaceJob clear = new WorkspaceJob("Clauselint: clearing findings of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (file.exists()) file.deleteMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO);
                return Status.OK_STATUS;
            }
        };
        clear.setSystem(true);
        clear.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        clear.schedule();
    }

    /** A review of an older text: the one of the current text is on its way and replaces it. */
    private boolean isStale() {
        return params.getVersion() != null && params.getVersion() < sync.version();
    }

    private Map<String, Object> attributes(Diagnostic d) {
        Map<String, Object> a = new HashMap<>();
        String rule = ClauselintMarkers.ruleId(d);
        a.put(IMarker.MESSAGE, d.getMessage() + " [" + rule + "]");
        a.put(IMarker.SEVERITY, ClauselintMarkers.markerSeverity(d.getSeverity()));
        a.put(IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
        a.put(IMarker.LOCATION, "line " + (d.getRange().getStart().getLine() + 1));
        a.put(IMarker.SOURCE_ID, "Clauselint");
        a.put(ClauselintMarkers.RULE_ID, rule);
        a.put(ClauselintMarkers.SEVERITY, ClauselintMarkers.clauselintSeverity(d.getSeverity()));
        a.put(ClauselintMarkers.RANGE, LspPositions.key(d.getRange()));
        // Reading the document off the UI thread: the version check above means it holds the
        // text the server reviewed; if the user types meanwhile, a bad offset is clamped or
        // dropped here and the next publish (for the new version) puts it right.
        IDocument doc = sync.document();
        try {
            int start = LspPositions.offset(doc, d.getRange().getStart());
            int end = LspPositions.offset(doc, d.getRange().getEnd());
            a.put(IMarker.CHAR_START, start);
            a.put(IMarker.CHAR_END, Math.max(start, end));
        } catch (BadLocationException | RuntimeException e) {
            ClauselintPlugin.info("Clauselint: a finding's range no longer fits " + sync.uri() + "; marked by line only");
        }
        return a;
    }
}
