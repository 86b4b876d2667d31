package dev.clauselint.eclipse.preferences;

import dev.clauselint.eclipse.client.ContractClient;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A project's settings changed: reviews its contracts again at once. Open editors through the
 * server (didChangeConfiguration, after which it pulls the settings); closed files through a
 * clean build of the project, in a job, as Project > Clean would.
 */
public final class ProjectSettingsChange {
    private ProjectSettingsChange() {
    }

    /** Queues the re-review and returns the build job (already scheduled). */
    public static Job apply(IProject project) {
        ContractClient client = ContractClient.existing();
        if (client != null) client.settingsChanged();
        Job job = Job.create("Clauselint: reviewing " + project.getName() + " with its new settings", monitor -> {
            try {
                project.build(IncrementalProjectBuilder.CLEAN_BUILD, monitor);
                project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.setRule(project.getWorkspace().getRuleFactory().buildRule());
        job.schedule();
        return job;
    }
}
