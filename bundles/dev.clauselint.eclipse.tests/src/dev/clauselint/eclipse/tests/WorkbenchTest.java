package dev.clauselint.eclipse.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
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
}
