package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test in the running workbench with a fresh contract project, cleaned up afterwards. */
abstract class WorkbenchTest {
    protected ContractProject project;
    protected IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = ContractProject.create(getClass().getSimpleName());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void deleteProject() throws Exception {
        page.closeAllEditors(false);
        UiWait.spin(Display.getCurrent(), 200); // let the client's close and marker jobs run
        project.delete();
    }

    /** Opens the file in the Contract editor and gives its document. */
    protected IDocument openInContractEditor(IFile file) throws PartInitException {
        ContractEditor editor = (ContractEditor) IDE.openEditor(page, file, ContractEditor.ID);
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }
}
