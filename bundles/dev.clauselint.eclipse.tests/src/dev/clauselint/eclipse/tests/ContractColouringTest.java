package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.syntax.ContractColours;
import dev.clauselint.eclipse.syntax.ContractSyntax.Kind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax colouring in the Contract editor: what the user sees in the text widget. */
class ContractColouringTest extends WorkbenchTest {
    @Test
    void headingsAndDefinedTermsAreColouredAndATypedHeadingIsToo() throws Exception {
        IFile file = project.file("coloured.contract.md", SMALL);
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        StyledText text = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
        boolean dark = ContractColours.isDark(text.getBackground());

        StyleRange heading = UiWait.until("a style on the title", () -> text.getStyleRangeAtOffset(2));
        assertEquals(ContractColours.rgb(Kind.HEADING, dark), heading.foreground.getRGB(), "the heading colour");
        assertTrue((heading.fontStyle & SWT.BOLD) != 0, "headings are bold");

        int term = text.getText().indexOf("\"Customer Content\"");
        StyleRange defined = text.getStyleRangeAtOffset(term + 1);
        assertNotNull(defined, "the defined term is styled");
        assertEquals(ContractColours.rgb(Kind.DEFINED_TERM, dark), defined.foreground.getRGB());

        // typing "# " before a clause makes its line a heading: the damaged line is recoloured
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int clause = document.get().indexOf(TRAINING);
        assertTrue(text.getStyleRangeAtOffset(clause + 3) == null, "body text is plain");
        document.replace(clause, 0, "# ");
        StyleRange typed = UiWait.until("a style on the new heading", () -> text.getStyleRangeAtOffset(clause + 3));
        assertEquals(ContractColours.rgb(Kind.HEADING, dark), typed.foreground.getRGB());
    }
}
