package dev.clauselint.eclipse.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * Configure > Add Clauselint Nature on the selected projects. Changing a project description
 * locks the project (and the build that follows reviews every contract), so it runs in a
 * workspace job, not on the UI thread.
 */
public final class AddNatureHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        List<IProject> projects = new ArrayList<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object o : selection) {
                IProject p = Adapters.adapt(o, IProject.class);
                if (p != null && p.isOpen() && !ContractNature.isOn(p)) projects.add(p);
            }
        }
        if (!projects.isEmpty()) addLater(projects);
        return null;
    }

    private static void addLater(List<IProject> projects) {
        WorkspaceJob job = new WorkspaceJob("Adding the Clauselint nature") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IProject p : projects) ContractNature.addTo(p, monitor);
                return Status.OK_STATUS;
            }
        };
        // a description change may need more than the project (its builders), so the root
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }
}
