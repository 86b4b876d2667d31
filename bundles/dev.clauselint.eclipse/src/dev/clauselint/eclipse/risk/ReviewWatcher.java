package dev.clauselint.eclipse.risk;

import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Tells when a new review of one file has landed, by watching its Clauselint markers change:
 * every review replaces them (markers.MarkerUpdateJob), so no hook into the client is needed.
 * The callback runs on the thread that changed the markers (a workspace job): it must only
 * queue work.
 */
final class ReviewWatcher implements IResourceChangeListener {
    private final Runnable onReview;
    private volatile IFile file;

    ReviewWatcher(Runnable onReview) {
        this.onReview = onReview;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** The file to watch from now on; null for none. */
    void watch(IFile file) {
        this.file = file;
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile watched = file;
        if (watched == null) return;
        for (IMarkerDelta delta : event.findMarkerDeltas(ClauselintMarkers.TYPE, false)) {
            if (watched.equals(delta.getResource())) {
                onReview.run();
                return;
            }
        }
    }
}
