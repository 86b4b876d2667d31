package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One server code action offered in the editor's Ctrl+1 list. */
final class CodeActionProposal implements ICompletionProposal {
    private final ContractClient client;
    private final CodeAction action;

    CodeActionProposal(ContractClient client, CodeAction action) {
        this.client = client;
        this.action = action;
    }

    @Override
    public void apply(IDocument document) {
        CodeActionRunner.run(client, action);
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return null;
    }

    @Override
    public String getDisplayString() {
        return action.getTitle();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
