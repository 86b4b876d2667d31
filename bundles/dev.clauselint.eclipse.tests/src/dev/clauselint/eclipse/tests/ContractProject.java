package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A workspace project holding contract files, and the Clauselint markers on them. */
final class ContractProject {
    /** Our own wording. Line 8 (0-based) is the clause the vendor may train on the inputs with. */
    static final String SMALL = """
            # AI Services Agreement

            ## 1. Definitions

            "Customer Content" means any data Customer submits to the Services.

            ## 2. Use of Data

            Provider may use Customer Content to train and improve its models.

            ## 3. Liability

            Provider's total liability shall not exceed one hundred dollars ($100).
            """;
    static final String TRAINING = "Provider may use Customer Content to train and improve its models.";
    static final String TRAINING_RULE = "data.training-on-inputs";

    private final IProject project;

    private ContractProject(IProject project) {
        this.project = project;
    }

    static ContractProject create(String name) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!p.exists()) p.create(null);
        p.open(null);
        return new ContractProject(p);
    }

    IProject project() {
        return project;
    }

    IFile file(String name, String text) throws CoreException {
        IFile f = project.getFile(name);
        f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        f.setCharset("UTF-8", null);
        return f;
    }

    void delete() throws CoreException {
        project.delete(true, true, null);
    }

    /** The file's Clauselint marker for a rule, or null. */
    static IMarker marker(IFile file, String ruleId) {
        try {
            for (IMarker m : file.findMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                if (ruleId.equals(m.getAttribute(ClauselintMarkers.RULE_ID, ""))) return m;
            }
            return null;
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many Clauselint markers of this severity the file or the resources under it carry. */
    static long count(IResource resource, String severity) {
        try {
            long n = 0;
            for (IMarker m : resource.findMarkers(ClauselintMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
                if (severity.equals(m.getAttribute(ClauselintMarkers.SEVERITY, ""))) n++;
            }
            return n;
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
