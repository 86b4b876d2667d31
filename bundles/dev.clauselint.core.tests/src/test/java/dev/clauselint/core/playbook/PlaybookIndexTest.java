package dev.clauselint.core.playbook;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundle loads rules from index.txt; a rule file missing from it would silently never run. */
class PlaybookIndexTest {
    private static final Path RESOURCES = Path.of("../dev.clauselint.core/src/main/resources/dev/clauselint/core");

    @Test
    void customerIndexListsEveryRuleFile() throws Exception {
        assertIndexComplete(RESOURCES.resolve("playbook"));
    }

    @Test
    void vendorIndexListsEveryRuleFile() throws Exception {
        assertIndexComplete(RESOURCES.resolve("playbook-vendor"));
    }

    private static void assertIndexComplete(Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(dir), "sources not found at " + dir.toAbsolutePath());
        List<String> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> index = Files.readAllLines(dir.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(files, index, "index.txt is stale: run dev/reindex.sh");
    }
}
