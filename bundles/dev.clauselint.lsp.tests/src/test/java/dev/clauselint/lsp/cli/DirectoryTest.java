package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Directories are walked for contract files, skipping hidden directories, target/ and node_modules/. */
class DirectoryTest {
    @TempDir
    Path dir;
    String playbook;

    @BeforeEach
    void setUp() {
        playbook = CliRun.testPlaybook(dir.resolve("pb")).toString();
    }

    private List<String> reviewed(CliRun r) {
        return r.out().lines().filter(l -> l.contains(": score ")).map(l -> l.substring(0, l.indexOf(": score "))).toList();
    }

    @Test
    void walksContractExtensionsInOrderAndSkipsHiddenAndBuildDirs() {
        Path root = dir.resolve("contracts");
        for (String f : List.of("b.md", "a.txt", "c.html", "d.htm", "e.markdown", "f.contract", "sub/g.MD", "sub/deeper/h.md",
                ".hidden/x.md", "target/x.md", "node_modules/pkg/x.md", "sub/.git/x.md", "notes.pdf", "image.png", "readme")) {
            write(root.resolve(f), "We keep a horse.\n");
        }
        CliRun r = run("check", "--playbook", playbook, root.toString());
        assertEquals(0, r.exit(), r::toString);
        List<String> expected = List.of("a.txt", "b.md", "c.html", "d.htm", "e.markdown", "f.contract", "sub/deeper/h.md", "sub/g.MD")
                .stream().map(f -> root.resolve(f).toString()).toList();
        assertEquals(expected, reviewed(r), r::toString);
    }

    @Test
    void findingsInDirectoriesCount() {
        Path root = dir.resolve("contracts");
        write(root.resolve("one.md"), "We keep a horse.\n");
        write(root.resolve("two/zebra.md"), "We may keep a zebra.\n");
        CliRun r = run("check", "--playbook", playbook, root.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(root.resolve("two/zebra.md") + ":1:1: high [custom.zebra]"), r::toString);
    }

    @Test
    void aFileNamedTwiceIsReviewedOnce() {
        Path root = dir.resolve("contracts");
        Path f = write(root.resolve("one.md"), "We keep a horse.\n");
        CliRun r = run("check", "--playbook", playbook, root.toString(), f.toString());
        assertEquals(1, reviewed(r).size(), r::toString);
    }

    @Test
    void explicitFileWithAnyExtensionIsReviewed() {
        Path f = write(dir.resolve("terms.legal"), "We may keep a zebra.\n");
        CliRun r = run("check", "--playbook", playbook, f.toString());
        assertEquals(1, r.exit(), r::toString);
    }

    @Test
    void emptyDirectoryWarnsButSucceeds() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun r = run("check", "--playbook", playbook, empty.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains(empty + ": warning: no contract files found"), r::toString);
    }

    @Test
    void jsonListsEveryFile() {
        Path root = dir.resolve("contracts");
        write(root.resolve("a.md"), "We keep a horse.\n");
        write(root.resolve("b.md"), "We keep a llama.\n");
        CliRun r = run("check", "--format", "json", "--playbook", playbook, root.toString());
        assertEquals(2, JsonReportTest.parse(r).getAsJsonArray("files").size(), r::toString);
    }
}
