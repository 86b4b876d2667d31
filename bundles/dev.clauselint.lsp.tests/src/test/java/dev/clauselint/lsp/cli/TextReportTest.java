package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text output reads like a compiler's: path:line:col: severity [code] message, then a summary per file. */
class TextReportTest {
    @TempDir
    Path dir;
    String playbook;

    @BeforeEach
    void setUp() {
        playbook = CliRun.testPlaybook(dir).toString();
    }

    @Test
    void findingLinesAreSortedByPositionAndOneBased() {
        String doc = write(dir.resolve("terms.md"), """
                # Terms

                We keep a llama. You grant us a perpetual license.

                We may keep a zebra.
                """).toString();
        CliRun r = run("check", "--playbook", playbook, doc);
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of(
                doc + ":3:1: low [custom.llama] A llama appears.",
                doc + ":3:18: medium [custom.perpetual] A perpetual licence.",
                doc + ":5:1: high [custom.zebra] The sentence mentions a zebra.",
                doc + ": score 15/100, grade B (1 high, 1 medium, 1 low, 0 note)"), lines, r::toString);
    }

    @Test
    void pathIsPrintedAsGiven() {
        write(dir.resolve("sub/terms.md"), "We may keep a zebra.\n");
        // a relative path stays relative: run from the temp dir is not possible in-process, so use "..":
        Path cwd = Path.of("").toAbsolutePath();
        String relative = cwd.relativize(dir.resolve("sub/terms.md")).toString();
        CliRun r = run("check", "--playbook", playbook, relative);
        assertTrue(r.out().startsWith(relative + ":1:1: high [custom.zebra]"), r::toString);
    }

    @Test
    void columnsCountUtf16AfterEmojiAndLinesSplitAtCrLf() {
        String doc = write(dir.resolve("crlf.txt"), "Terms\r\n\r\n😀😀 Note. We may keep a zebra.\r\n").toString();
        CliRun r = run("check", "--playbook", playbook, doc);
        assertTrue(r.out().startsWith(doc + ":3:12: high [custom.zebra]"), r::toString);
    }

    @Test
    void cleanFileGetsScoreZeroGradeA() {
        String doc = write(dir.resolve("ok.md"), "# Terms\n\nWe keep a horse.\n").toString();
        CliRun r = run("check", "--playbook", playbook, doc);
        assertEquals(doc + ": score 0/100, grade A (0 high, 0 medium, 0 low, 0 note)\n", r.out());
    }

    @Test
    void severalFilesGetATotalLine() {
        String a = write(dir.resolve("a.md"), "We may keep a zebra.\n").toString();
        String b = write(dir.resolve("b.md"), "We keep a llama.\n").toString();
        CliRun r = run("check", "--playbook", playbook, a, b);
        List<String> lines = r.out().lines().toList();
        assertEquals("2 files reviewed: 2 findings (1 high, 0 medium, 1 low, 0 note)", lines.get(lines.size() - 1), r::toString);
    }

    @Test
    void maxFindingsKeepsTheMostSevere() {
        String doc = write(dir.resolve("many.md"), "We keep a llama. We may keep a zebra. A perpetual license.\n").toString();
        CliRun r = run("check", "--max-findings", "1", "--playbook", playbook, doc);
        List<String> findings = r.out().lines().filter(l -> l.contains("[custom.")).toList();
        assertEquals(1, findings.size(), r::toString);
        assertTrue(findings.get(0).contains("[custom.zebra]"), r::toString);
    }
}
