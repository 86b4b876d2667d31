package dev.clauselint.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * First start of Clauselint Studio: in a workspace without projects, creates the project
 * "ai-contracts" with the sample agreement as a contract file and opens it, so a new user
 * (and the smoke test) sees the Contract editor and its findings at once. A workspace that
 * already has projects is left alone.
 *
 * <p>It also prints {@link #READY} on standard output: the workbench calls startup hooks
 * after its first window is open, which makes the line a reliable "started" signal for
 * releng/dev.clauselint.product/smoke-test.sh.
 */
public final class SampleProjectStartup implements IStartup {

    static final String READY = "clauselint-studio: workbench started";
    static final String PROJECT = "ai-contracts";
    static final String CONTRACT = "ai-services-agreement.contract.md";

    @Override
    public void earlyStartup() {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        try {
            if (root.getProjects().length == 0) {
                IFile contract = createSampleProject(root.getProject(PROJECT));
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(contract));
            }
        } catch (CoreException | IOException e) {
            ILog.of(getClass()).error("Could not create the sample contract project", e);
        }
        System.out.println(READY);
    }

    private IFile createSampleProject(IProject project) throws CoreException, IOException {
        project.create(null);
        project.open(null);
        IFile contract = project.getFile(CONTRACT);
        URL sample = Platform.getBundle("dev.clauselint.studio").getEntry("samples/ai-services-agreement.md");
        try (InputStream in = sample.openStream()) {
            contract.create(in, true, null);
        }
        return contract;
    }

    /** On the UI thread: the contract in its default editor (the Contract editor), Problems beside it. */
    private static void open(IFile contract) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            IDE.openEditor(page, contract);
        } catch (PartInitException e) {
            ILog.of(SampleProjectStartup.class).error("Could not open the sample contract", e);
        }
    }
}
