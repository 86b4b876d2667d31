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
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax colouring in the Contract editor: what the user sees in the text widget. */
class ContractColouringTest extends WorkbenchTest {
    @Test
    void headingsAndDefinedTermsAreColouredAndATypedHeadingIsToo() throws Exception {
        IFile file = project.file("coloured.contract.md", SMALL);
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        StyledText text = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
        boolean dark = ContractColours.isDark(text.getBackground());

        RGB headingColour = ContractColours.rgb(Kind.HEADING, dark);
        StyleRange heading = UiWait.until("the heading colour on the title", () -> coloured(text, 2, headingColour));
        assertTrue((heading.fontStyle & SWT.BOLD) != 0, "headings are bold");

        int term = text.getText().indexOf("\"Customer Content\"");
        assertNotNull(coloured(text, term + 1, ContractColours.rgb(Kind.DEFINED_TERM, dark)), "the defined term's colour");

        // typing "# " before a clause makes its line a heading: the damaged line is recoloured
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int clause = document.get().indexOf(TRAINING);
        assertNull(coloured(text, clause + 3, headingColour), "body text is not coloured as a heading");
        document.replace(clause, 0, "# ");
        UiWait.until("the heading colour on the typed heading", () -> coloured(text, clause + 3, headingColour));
    }

    /**
     * The style at an offset if its foreground is this colour, else null. Other styles may be
     * there too: the finding's squiggle is a style range of its own (with no foreground).
     */
    private static StyleRange coloured(StyledText text, int offset, RGB colour) {
        StyleRange r = text.getStyleRangeAtOffset(offset);
        return r != null && r.foreground != null && colour.equals(r.foreground.getRGB()) ? r : null;
    }
}
