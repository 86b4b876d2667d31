package dev.clauselint.eclipse.builder;

import dev.clauselint.eclipse.ClauselintPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reviews a Clauselint project's contract files, open or not: a full build reviews every one, an
 * incremental (or auto) build the added and changed ones. A removed file's markers go with the
 * file, so removals need nothing. Runs on the build's worker thread, never the UI thread.
 */
public final class ContractBuilder extends IncrementalProjectBuilder {
    public static final String ID = ClauselintPlugin.ID + ".contractBuilder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        List<IFile> files = delta == null ? allContracts() : changedContracts(delta);
        if (files.isEmpty()) return null;
        ClosedContractReview review = new ClosedContractReview(getProject());
        for (IFile file : files) {
            if (monitor != null && monitor.isCanceled()) throw new OperationCanceledException();
            review.review(file);
        }
        return null;
    }

    /** Reviews one file as it is on disk, e.g. when its editor closes; the caller holds its marker rule. */
    public static void reviewOnDisk(IFile file) throws CoreException {
        new ClosedContractReview(file.getProject()).review(file);
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        for (IFile file : allContracts()) ClosedContractReview.forget(file);
    }

    private List<IFile> allContracts() throws CoreException {
        List<IFile> files = new ArrayList<>();
        getProject().accept(resource -> {
            IFile file = ContractFileNames.asContract(resource);
            if (file != null) files.add(file);
            return true;
        });
        return files;
    }

    private static List<IFile> changedContracts(IResourceDelta delta) throws CoreException {
        List<IFile> files = new ArrayList<>();
        delta.accept(d -> {
            IFile file = ContractFileNames.asContract(d.getResource());
            boolean contentMayDiffer = d.getKind() == IResourceDelta.ADDED
                    || (d.getKind() == IResourceDelta.CHANGED && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0);
            if (file != null && contentMayDiffer) files.add(file);
            return true;
        });
        return files;
    }
}
