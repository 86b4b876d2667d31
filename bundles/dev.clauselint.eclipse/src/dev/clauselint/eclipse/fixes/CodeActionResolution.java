package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/** One server code action offered as a marker resolution. */
final class CodeActionResolution implements IMarkerResolution2 {
    private final ContractClient client;
    private final CodeAction action;

    CodeActionResolution(ContractClient client, CodeAction action) {
        this.client = client;
        this.action = action;
    }

    @Override
    public String getLabel() {
        return action.getTitle();
    }

    @Override
    public String getDescription() {
        return action.getTitle();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        CodeActionRunner.run(client, action);
    }
}
