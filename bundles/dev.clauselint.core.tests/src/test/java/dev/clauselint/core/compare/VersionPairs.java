package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder holding two versions of a contract ({@code before.*}, {@code after.*}) and a
 * {@code note.txt} that starts with "substantive" or "noise", as in the shared corpus.
 */
record VersionPairs(Path folder) {
    static final Reviewer REVIEWER = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());

    static List<VersionPairs> under(Path root) {
        return list(root, p -> Files.isRegularFile(p.resolve("note.txt"))).stream().map(VersionPairs::new).toList();
    }

    /** The entries of a folder that pass the filter, sorted. */
    static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return folder.getFileName().toString();
    }

    boolean expectedSubstantive() {
        String note = read(folder.resolve("note.txt")).strip();
        if (note.startsWith("substantive")) return true;
        if (note.startsWith("noise")) return false;
        throw new AssertionError(folder + "/note.txt says neither substantive nor noise: " + note);
    }

    VersionComparison compare() {
        try {
            ContractReader reader = new ContractReader();
            Path before = version("before");
            Path after = version("after");
            return new VersionComparer(REVIEWER).compare(reader.read(Files.readAllBytes(before), before.getFileName().toString()),
                    reader.read(Files.readAllBytes(after), after.getFileName().toString()));
        } catch (Exception e) {
            throw new AssertionError(folder + ": " + e, e);
        }
    }

    private Path version(String name) {
        return list(folder, p -> p.getFileName().toString().startsWith(name + ".")).stream().findFirst()
                .orElseThrow(() -> new AssertionError(folder + " has no " + name + ".*"));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
