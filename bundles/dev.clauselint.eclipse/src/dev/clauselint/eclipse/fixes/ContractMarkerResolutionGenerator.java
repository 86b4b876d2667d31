package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import java.net.URI;
import java.util.List;

/**
 * Quick Fix for Clauselint markers in the Problems view. Called on the UI thread, so it answers
 * from the {@link FixCache} and never asks the server.
 */
public final class ContractMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return !actions(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        ContractClient client = ContractClient.existing();
        return actions(marker).stream().map(a -> new CodeActionResolution(client, a)).toArray(IMarkerResolution[]::new);
    }

    static List<CodeAction> actions(IMarker marker) {
        ContractClient client = ContractClient.existing();
        if (client == null || !ClauselintMarkers.isClauselint(marker)) return List.of();
        URI location = marker.getResource().getLocationURI();
        if (location == null) return List.of();
        return client.fixes().actions(location.toString(), ClauselintMarkers.fixKey(marker));
    }
}
