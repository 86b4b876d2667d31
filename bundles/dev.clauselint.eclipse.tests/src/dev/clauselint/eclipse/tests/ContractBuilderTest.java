package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.builder.ContractBuilder;
import dev.clauselint.eclipse.builder.ContractNature;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Clauselint nature's builder reviews contract files that no editor has open. */
class ContractBuilderTest extends WorkbenchTest {
    private static final String SAFE = SMALL.replace(TRAINING, "Provider will not use Customer Content to train any model.");

    private boolean autoBuilding;

    /**
     * The tests run each build themselves; an automatic build set off by a file change could
     * otherwise land after an explicit Project > Clean and put the markers back.
     */
    @BeforeEach
    void addNature() throws CoreException {
        autoBuilding = setAutoBuilding(false);
        ContractNature.addTo(project.project(), null);
    }

    @AfterEach
    void restoreAutoBuilding() throws CoreException {
        setAutoBuilding(autoBuilding);
    }

    /** Sets the workspace's auto-build and returns what it was. */
    private static boolean setAutoBuilding(boolean on) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription description = workspace.getDescription();
        boolean was = description.isAutoBuilding();
        description.setAutoBuilding(on);
        workspace.setDescription(description);
        Job.getJobManager().cancel(ResourcesPlugin.FAMILY_AUTO_BUILD);
        return was;
    }

    @Test
    void buildsCleanAndRemovalKeepClosedFilesMarkersRight() throws Exception {
        IFile file = project.file("closed.contract.md", SMALL);
        build(IncrementalProjectBuilder.FULL_BUILD);
        IMarker marker = UiWait.until("a " + TRAINING_RULE + " marker from the build", () -> ContractProject.marker(file, TRAINING_RULE));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertTrue(SMALL.startsWith("Provider may use", start), "the marker starts at " + start);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("high", marker.getAttribute(ClauselintMarkers.SEVERITY, ""));

        write(file, SAFE);
        build(IncrementalProjectBuilder.INCREMENTAL_BUILD);
        UiWait.until("the marker to go after the file changed", () -> ContractProject.marker(file, TRAINING_RULE) == null);
        assertTrue(markers(file) > 0, "the other findings (the $100 cap) stay");

        write(file, SMALL);
        build(IncrementalProjectBuilder.INCREMENTAL_BUILD);
        UiWait.until("the marker back after the clause came back", () -> ContractProject.marker(file, TRAINING_RULE));

        build(IncrementalProjectBuilder.CLEAN_BUILD);
        assertEquals(0, markers(file), "Project > Clean leaves no Clauselint markers");
        build(IncrementalProjectBuilder.FULL_BUILD);
        UiWait.until("the marker back after clean and build", () -> ContractProject.marker(file, TRAINING_RULE));

        file.delete(true, null);
        build(IncrementalProjectBuilder.INCREMENTAL_BUILD);
        assertEquals(0, project.project().findMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_INFINITE).length);
    }

    @Test
    void anOpenEditorsLiveMarkersWinUntilItCloses() throws Exception {
        IFile file = project.file("edited.contract.md", SMALL);
        IDocument document = openInContractEditor(file);
        UiWait.until("the editor's " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        document.set(SAFE); // unsaved: the disk still has the clause
        UiWait.until("the editor's marker to go", () -> ContractProject.marker(file, TRAINING_RULE) == null);

        build(IncrementalProjectBuilder.FULL_BUILD);
        UiWait.spin(Display.getCurrent(), 500);
        assertNull(ContractProject.marker(file, TRAINING_RULE), "the build overwrote the editor's markers with the disk's");

        page.closeAllEditors(false);
        UiWait.until("the disk's findings once the editor closed unsaved", () -> ContractProject.marker(file, TRAINING_RULE));
    }

    @Test
    void theAddNatureCommandAddsTheNatureAndItsBuilder() throws Exception {
        ContractProject other = ContractProject.create("AddNatureCommand");
        try {
            IProject p = other.project();
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            IEvaluationContext context = handlers.createContextSnapshot(false);
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(p));
            // in the given context: Command.executeWithChecks would use the workbench's selection instead
            Command add = commands.getCommand("dev.clauselint.eclipse.addNature");
            handlers.executeCommandInContext(new ParameterizedCommand(add, null), null, context);
            UiWait.until("the nature on the project", () -> ContractNature.isOn(p));
            assertTrue(Arrays.stream(p.getDescription().getBuildSpec())
                    .anyMatch(c -> ContractBuilder.ID.equals(c.getBuilderName())), "the builder is in the build spec");
        } finally {
            other.delete();
        }
    }

    /** Builds in a job, as Eclipse does, while the UI thread keeps its event loop running. */
    private void build(int kind) {
        Job job = Job.create("test build", monitor -> {
            try {
                project.project().build(kind, monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.schedule();
        IStatus result = UiWait.until("the build (" + kind + ")", job::getResult);
        assertTrue(result.isOK(), result.toString());
    }

    private static void write(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }

    private static int markers(IFile file) throws CoreException {
        return file.findMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO).length;
    }
}
