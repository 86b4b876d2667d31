package dev.clauselint.eclipse.risk;

import dev.clauselint.eclipse.client.LspPositions;
import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/** Jumps from a finding in the Risk view to its text in the Contract editor. */
final class FindingReveal {
    private FindingReveal() {
    }

    /** Activates the editor and selects the finding's range; false if the text has since moved past it. */
    static boolean reveal(ContractEditor editor, RiskFinding finding) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document == null || finding.range() == null) return false;
        try {
            int start = LspPositions.offset(document, finding.range().getStart());
            int end = LspPositions.offset(document, finding.range().getEnd());
            editor.getSite().getPage().activate(editor);
            editor.selectAndReveal(start, Math.max(0, end - start));
            return true;
        } catch (BadLocationException e) {
            return false; // the report is older than the text; the next review refreshes it
        }
    }
}
