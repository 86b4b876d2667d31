package dev.clauselint.eclipse.builder;

import dev.clauselint.eclipse.ClauselintPlugin;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The Clauselint nature: a project whose contract files the {@link ContractBuilder} reviews. */
public final class ContractNature implements IProjectNature {
    public static final String ID = ClauselintPlugin.ID + ".contractNature";

    private IProject project;

    /** Adds the nature (whose {@link #configure()} adds the builder) unless the project has it. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        if (natures.contains(ID)) return;
        natures.add(ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    /** True when the project is open and has the nature; false rather than an error otherwise. */
    public static boolean isOn(IProject project) {
        try {
            return project != null && project.isOpen() && project.hasNature(ID);
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.stream().anyMatch(c -> ContractBuilder.ID.equals(c.getBuilderName()))) return;
        ICommand command = description.newCommand();
        command.setBuilderName(ContractBuilder.ID);
        commands.add(command);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] kept = Arrays.stream(description.getBuildSpec())
                .filter(c -> !ContractBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
        description.setBuildSpec(kept);
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
