package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes of {@code check}: 0 below --fail-on, 1 at or above it, 2 for usage and input errors (which win). */
class CheckExitCodeTest {
    @TempDir
    Path dir;
    String playbook;
    String clean;
    String high;
    String medium;
    String low;

    @BeforeEach
    void files() {
        playbook = CliRun.testPlaybook(dir).toString();
        clean = write(dir.resolve("clean.md"), "# Terms\n\nWe keep a horse.\n").toString();
        high = write(dir.resolve("high.md"), "# Terms\n\nWe may keep a zebra.\n").toString();
        medium = write(dir.resolve("medium.md"), "# Terms\n\nYou grant us a perpetual license.\n").toString();
        low = write(dir.resolve("low.md"), "# Terms\n\nWe keep a llama.\n").toString();
    }

    @Test
    void noFindingsExitsZero() {
        CliRun r = run("check", "--playbook", playbook, clean);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void highFindingExitsOneByDefault() {
        assertEquals(1, run("check", "--playbook", playbook, high).exit());
    }

    @Test
    void mediumFindingPassesTheDefaultFailOnHigh() {
        CliRun r = run("check", "--playbook", playbook, medium);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("[custom.perpetual]"), r::toString);
    }

    @Test
    void failOnLowersAndRaisesTheBar() {
        assertEquals(1, run("check", "--fail-on", "medium", "--playbook", playbook, medium).exit());
        assertEquals(0, run("check", "--fail-on", "medium", "--playbook", playbook, low).exit());
        assertEquals(1, run("check", "--fail-on=low", "--playbook", playbook, low).exit());
        assertEquals(0, run("check", "--fail-on", "none", "--playbook", playbook, high).exit());
    }

    @Test
    void minSeverityHidesLowerFindings() {
        CliRun r = run("check", "--min-severity", "high", "--playbook", playbook, low, medium);
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.out().contains("[custom."), r::toString);
    }

    @Test
    void disableSwitchesARuleOff() {
        CliRun r = run("check", "--disable", "custom.zebra", "--playbook", playbook, high);
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.out().contains("custom.zebra"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = run("check", "--frobnicate", clean);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown option '--frobnicate'"), r::toString);
        assertTrue(r.err().contains("--help"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, run("check", "--format", "xml", clean).exit());
        assertEquals(2, run("check", "--fail-on", "critical", clean).exit());
        assertEquals(2, run("check", "--perspective", "lawyer", clean).exit());
        assertEquals(2, run("check", "--max-findings", "-3", clean).exit());
        assertEquals(2, run("check", "--min-severity", "huge", clean).exit());
        CliRun missingValue = run("check", clean, "--format");
        assertEquals(2, missingValue.exit());
        assertTrue(missingValue.err().contains("--format"), missingValue::toString);
    }

    @Test
    void noPathIsAUsageError() {
        CliRun r = run("check");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no PATH"), r::toString);
    }

    @Test
    void missingFileIsNamedAndExitsTwo() {
        String missing = dir.resolve("nope.md").toString();
        CliRun r = run("check", "--playbook", playbook, missing, clean);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(missing + ": error: no such file or directory"), r::toString);
        assertTrue(r.out().contains(clean + ": score 0/100"), "the readable file is still reviewed: " + r);
    }

    @Test
    void inputErrorWinsOverFindings() {
        CliRun r = run("check", "--playbook", playbook, high, dir.resolve("nope.md").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("[custom.zebra]"), r::toString);
    }

    @Test
    void brokenUserPlaybookPrintsFileLineColumnAndTheRestStillRuns() {
        Path broken = write(dir.resolve("broken.yaml"), """
                rules:
                  - id: custom.broken
                    kind: clause
                    severity: catastrophic
                    message: Broken.
                    rationale: Has a bad severity.
                    match: ["x"]
                    examples: {flagged: [], clean: []}
                """);
        CliRun r = run("check", "--playbook", playbook, "--playbook", broken.toString(), high);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(broken + ":4:15: error: severity must be high, medium, low or note"), r::toString);
        assertTrue(r.out().contains("[custom.zebra]"), "the valid rules still run: " + r);
    }

    @Test
    void yamlSyntaxErrorInPlaybookExitsTwo() {
        Path broken = write(dir.resolve("syntax.yaml"), "rules:\n  - id: [unclosed\n");
        CliRun r = run("check", "--playbook", broken.toString(), clean);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().matches("(?s).*" + java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: error: .*"), r::toString);
    }

    @Test
    void missingPlaybookFileExitsTwo() {
        CliRun r = run("check", "--playbook", dir.resolve("absent.yaml").toString(), clean);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("absent.yaml:1:1: error:"), r::toString);
    }

    @Test
    void outputFileReceivesTheReport() throws Exception {
        Path report = dir.resolve("out/report.json");
        java.nio.file.Files.createDirectories(report.getParent());
        CliRun r = run("check", "-f", "json", "-o", report.toString(), "--playbook", playbook, high);
        assertEquals(1, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(java.nio.file.Files.readString(report).contains("\"custom.zebra\""));
    }

    @Test
    void shippedPlaybookFindsTrainingOnInputs() {
        String doc = write(dir.resolve("terms.md"),
                "# Terms of Service\n\n## Data\n\nWe may use your Inputs and Outputs to train and improve our models.\n").toString();
        CliRun r = run("check", doc);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(doc + ":5:1: high [data.training-on-inputs] "), r::toString);
    }
}
