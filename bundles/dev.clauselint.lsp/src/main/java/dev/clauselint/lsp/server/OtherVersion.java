package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.lsp.cli.VersionFile;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The version an open contract is compared with: another file (a path, absolute or relative to
 * the contract's folder, or a file URI) or {@link #HEAD}, the contract as committed in git.
 * Every failure is an IllegalArgumentException whose message names the file.
 *
 * @param label    how reports name it: "HEAD" or the path as given
 * @param document the other version, read
 */
record OtherVersion(String label, ContractDocument document) {
    static final String HEAD = "HEAD";

    static OtherVersion load(String documentUri, String target, List<Path> folders) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("give the other version: a file path or URI, or \"HEAD\"");
        }
        Path self = localPath(documentUri);
        if (target.equals(HEAD)) {
            if (self == null) throw new IllegalArgumentException(documentUri + " is not a local file, so it has no git HEAD version");
            byte[] committed = GitHead.read(self);
            try {
                return new OtherVersion(HEAD, new ContractReader().read(committed, self.getFileName().toString()));
            } catch (UnreadableInputException e) {
                throw new IllegalArgumentException("HEAD version of " + self + ": " + e.getMessage());
            }
        }
        Path other = resolve(target, self, folders);
        try {
            return new OtherVersion(target, VersionFile.read(other, other.toString()));
        } catch (VersionFile.Unreadable e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The file behind a file: URI, or null for any other scheme. */
    static Path localPath(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    private static Path resolve(String target, Path self, List<Path> folders) {
        if (target.startsWith("file:")) {
            Path p = localPath(target);
            if (p == null) throw new IllegalArgumentException(target + ": not a valid file URI");
            return p;
        }
        try {
            Path p = Path.of(target);
            if (p.isAbsolute()) return p;
            if (self != null && self.getParent() != null) return self.getParent().resolve(p);
            return folders.isEmpty() ? p.toAbsolutePath() : folders.get(0).resolve(p);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(target + ": invalid path: " + e.getReason());
        }
    }
}
