package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void rulesTableListsShippedRulesWithSeverityAndKind() {
        CliRun r = run("rules");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("ID\\s+SEVERITY\\s+KIND\\s+MESSAGE"), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("data\\.training-on-inputs\\s+high\\s+clause\\s+\\S.*")), r::toString);
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ rules?"), r::toString);
    }

    @Test
    void rulesIncludeUserRulesAndHonourOverrides() {
        Path pb = write(dir.resolve("pb.yaml"), CliRun.TEST_RULES + "severity:\n  data.training-on-inputs: low\n");
        CliRun r = run("rules", "--playbook", pb.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("custom\\.zebra\\s+high\\s+clause\\s+The sentence mentions a zebra\\.")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("data\\.training-on-inputs\\s+low\\s+clause\\s+.*")), r::toString);
    }

    @Test
    void rulesCheckPassesOnAGoodUserPlaybook() {
        Path pb = write(dir.resolve("pb.yaml"), CliRun.TEST_RULES);
        CliRun r = run("rules", "--check", "--playbook", pb.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("checked 3 rules"), r::toString);
        assertTrue(r.out().contains("all passed"), r::toString);
    }

    @Test
    void rulesCheckPrintsEachFailureAndExitsOne() {
        Path pb = write(dir.resolve("pb.yaml"), """
                rules:
                  - id: custom.wrong
                    kind: clause
                    severity: low
                    message: Mentions a cat.
                    rationale: Test.
                    keywords: [cat]
                    match: ["\\\\bcat\\\\b"]
                    alternatives:
                      - {id: dog, label: a dog, text: "A dog."}
                    examples:
                      flagged: ["[[We have a dog.]]"]
                      clean: ["We have a cat."]
                """);
        CliRun r = run("rules", "--check", "--playbook", pb.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(pb + ": custom.wrong: flagged #1"), r::toString);
        assertTrue(r.out().contains("expected exactly one finding, got 0"), r::toString);
        assertTrue(r.out().contains(pb + ": custom.wrong: clean #1"), r::toString);
        assertTrue(r.out().contains("clean example was flagged"), r::toString);
    }

    @Test
    void rulesWithBrokenPlaybookExitsTwo() {
        Path pb = write(dir.resolve("pb.yaml"), "rules: 7\n");
        CliRun r = run("rules", "--playbook", pb.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(pb + ":1:8: error: 'rules' must be a list"), r::toString);
        assertTrue(r.out().contains("data.training-on-inputs"), "the shipped rules are still listed: " + r);
    }

    @Test
    void explainShowsEverythingAboutARule() {
        CliRun r = run("explain", "data.training-on-inputs");
        assertEquals(0, r.exit(), r::toString);
        String out = r.out();
        assertTrue(out.startsWith("data.training-on-inputs (high, clause)\n"), out);
        for (String section : List.of("Why it matters:", "Laws:", "Ask for:", "Flagged (the finding in [[...]]):", "Not flagged:",
                "Alternatives:")) {
            assertTrue(out.contains(section), section + " in\n" + out);
        }
        assertTrue(out.contains("[["), out);
    }

    @Test
    void explainAUserRule() {
        Path pb = write(dir.resolve("pb.yaml"), CliRun.TEST_RULES);
        CliRun r = run("explain", "--playbook", pb.toString(), "custom.zebra");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Zebras are the test suite's high-severity risk."), r::toString);
        assertTrue(r.out().contains("  - Test Act s.1"), r::toString);
        assertTrue(r.out().contains("  - [[We may keep a zebra.]]"), r::toString);
        assertTrue(r.out().contains("  horse: use a horse"), r::toString);
    }

    @Test
    void explainUnknownIdSuggestsTheClosest() {
        CliRun r = run("explain", "data.training-on-input");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown rule 'data.training-on-input'; did you mean 'data.training-on-inputs'?"), r::toString);
        CliRun shortName = run("explain", "training-on-inputs");
        assertTrue(shortName.err().contains("did you mean 'data.training-on-inputs'?"), shortName::toString);
        CliRun nothingClose = run("explain", "qqqqqqqqqqqqqqqqqqqq");
        assertEquals(2, nothingClose.exit());
        assertFalse(nothingClose.err().contains("did you mean"), nothingClose::toString);
    }

    @Test
    void explainNeedsExactlyOneId() {
        assertEquals(2, run("explain").exit());
        assertEquals(2, run("explain", "a.b", "c.d").exit());
    }
}
