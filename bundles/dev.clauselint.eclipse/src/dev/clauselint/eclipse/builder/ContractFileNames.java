package dev.clauselint.eclipse.builder;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;

import java.util.List;
import java.util.Locale;

/**
 * Which files the builder reviews: the names of the contract content type ({@code *.contract},
 * {@code *.contract.md}, {@code *.contract.txt}, {@code *.contract.html}). Plain {@code .md},
 * {@code .txt} and {@code .html} files are left alone: a project's README is not a contract.
 */
final class ContractFileNames {
    private static final List<String> SUFFIXES = List.of(".contract", ".contract.md", ".contract.txt", ".contract.html");

    private ContractFileNames() {
    }

    static boolean isContract(IResource resource) {
        if (resource.getType() != IResource.FILE || resource.isDerived() || resource.isTeamPrivateMember()) return false;
        String name = resource.getName().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }

    static IFile asContract(IResource resource) {
        return isContract(resource) ? (IFile) resource : null;
    }
}
