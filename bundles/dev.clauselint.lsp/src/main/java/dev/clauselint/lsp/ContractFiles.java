package dev.clauselint.lsp;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which files in a folder are contracts to review: the same for {@code clauselint check DIR} and the
 * server's workspace scan, so both review the same files.
 */
public final class ContractFiles {
    /** Extensions picked up when walking a directory; a file named explicitly is always read. */
    public static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt", ".html", ".htm", ".contract");
    /** Directories never walked into (besides hidden ones). */
    public static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules");

    private ContractFiles() {
    }

    public static boolean isContractFile(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) if (lower.endsWith(ext)) return true;
        return false;
    }

    /**
     * The contract files under {@code root}, sorted by path, skipping hidden directories and
     * {@link #SKIPPED_DIRS}. A file or directory that cannot be read goes to {@code unreadable} and
     * the walk goes on.
     *
     * @throws IOException when the walk cannot start or is aborted
     */
    public static List<Path> under(Path root, BiConsumer<Path, IOException> unreadable) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                String name = dir.getFileName().toString();
                return name.startsWith(".") || SKIPPED_DIRS.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isContractFile(file)) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.accept(file, e);
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }
}
