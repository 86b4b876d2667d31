package dev.clauselint.eclipse.builder;

import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import dev.clauselint.eclipse.markers.MarkerAttributes;
import dev.clauselint.eclipse.preferences.ClauselintPreferences;
import dev.clauselint.lsp.server.FileReviewer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.Document;
import org.eclipse.lsp4j.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * Reviews contract files as they are on disk and replaces their Clauselint markers.
 *
 * <p>It calls the engine in this thread ({@link FileReviewer}) rather than sending didOpen and
 * didClose to the in-process server: the server's answer would come back as a
 * publishDiagnostics on lsp4j's reader thread, which the client routes to open editors only,
 * and a builder has to know when its markers are written (Project > Clean, then the build, must
 * be finished when build() returns). {@link FileReviewer} goes through the server's own settings
 * precedence and diagnostic conversion, so the markers are the ones the editor would show.
 *
 * <p>Files open in a Contract editor are skipped: their markers belong to the editor's live
 * review of the unsaved text, which is newer than the disk. When the last editor closes, the
 * file is reviewed from disk again ({@code MarkerUpdateJob.clearLater}).
 */
final class ClosedContractReview {
    private final FileReviewer reviewer;

    /** Reviews with the project's effective settings (its own when enabled, else the workspace's). */
    ClosedContractReview(IProject project) {
        reviewer = FileReviewer.create(ClauselintPreferences.settings(project), workspaceRoot());
    }

    /** Replaces the file's markers with a review of its content on disk, unless an editor has it. */
    void review(IFile file) throws CoreException {
        URI location = file.getLocationURI();
        if (location == null || !file.exists() || isOpenInEditor(location)) return;
        FileReviewer.Result result;
        try (InputStream in = file.getContents(true)) {
            result = reviewer.review(location.toString(), in.readAllBytes(), file.getName());
        } catch (UnreadableInputException | IOException e) {
            // not a contract we can read (binary, too large...): no findings rather than stale ones
            ClauselintPlugin.info("Clauselint: not reviewing " + file.getFullPath() + ": " + e.getMessage());
            clear(file);
            return;
        }
        clear(file);
        Document text = new Document(result.text());
        for (Diagnostic d : result.diagnostics()) {
            file.createMarker(ClauselintMarkers.TYPE, MarkerAttributes.of(d, text, location.toString()));
        }
    }

    /** Removes the file's markers unless an editor owns them (Project > Clean must not blank an open contract). */
    static void forget(IFile file) throws CoreException {
        URI location = file.getLocationURI();
        if (location != null && isOpenInEditor(location)) return;
        clear(file);
    }

    private static void clear(IFile file) throws CoreException {
        file.deleteMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO);
    }

    private static boolean isOpenInEditor(URI location) {
        ContractClient client = ContractClient.existing();
        return client != null && client.find(location.toString()) != null;
    }

    /** The root the client gives the server as its workspace folder, so .clauselint.yaml is found the same way. */
    private static Path workspaceRoot() {
        IPath root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
        return root == null ? null : root.toPath();
    }
}
