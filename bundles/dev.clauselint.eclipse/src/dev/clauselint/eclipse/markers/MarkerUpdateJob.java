package dev.clauselint.eclipse.markers;

import dev.clauselint.eclipse.builder.ContractBuilder;
import dev.clauselint.eclipse.builder.ContractNature;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

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
            // the version check above means the document holds the text the server reviewed
            file.createMarker(ClauselintMarkers.TYPE, MarkerAttributes.of(d, sync.document(), sync.uri()));
        }
        client.fixes().refresh(client, sync, params);
        return Status.OK_STATUS;
    }

    /**
     * Once a file's last Contract editor closes, its live findings are replaced: by a review of
     * the file on disk in a project with the Clauselint nature (whose builder keeps closed files
     * reviewed), else by none, since nothing would keep them up to date.
     */
    public static void clearLater(IFile file) {
        WorkspaceJob clear = new WorkspaceJob("Clauselint: clearing findings of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) return Status.OK_STATUS;
                if (ContractNature.isOn(file.getProject())) ContractBuilder.reviewOnDisk(file);
                else file.deleteMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO);
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
}
