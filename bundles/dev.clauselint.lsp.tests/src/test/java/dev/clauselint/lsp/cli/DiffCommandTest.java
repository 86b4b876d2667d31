package dev.clauselint.lsp.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clauselint diff}: exit codes, the fixed JSON shape, text and Markdown output. */
class DiffCommandTest {
    @TempDir
    Path dir;
    String playbook;
    String calm;
    String zebra;
    String zebraReordered;

    @BeforeEach
    void files() {
        playbook = CliRun.testPlaybook(dir).toString();
        calm = write(dir.resolve("v1.md"), """
                # Terms

                ## 1. Animals

                We keep a horse in the yard.

                ## 2. Fees

                You pay the fees within thirty days.
                """).toString();
        zebra = write(dir.resolve("v2.md"), """
                # Terms

                ## 1. Animals

                We may keep a zebra in the yard.

                ## 2. Fees

                You pay the fees within thirty days.
                """).toString();
        zebraReordered = write(dir.resolve("v3.html"), """
                <html><body><h1>Terms</h1>
                <h2>1. Payment</h2><p>You pay the fees   within <b>thirty</b> days.</p>
                <h2>2. Our animals</h2><p>We may keep a <a href="https://zoo.example/?utm_source=x">zebra</a> in the yard.</p>
                </body></html>
                """).toString();
    }

    @Test
    void aNewRiskAtTheBarExitsOne() {
        CliRun r = run("diff", "--playbook", playbook, calm, zebra);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("risk up: added custom.zebra (none -> high) in \"1 Animals\": \"We may keep a zebra in the yard.\""), r::toString);
        assertTrue(r.out().contains("score 0 -> "), r::toString);
    }

    @Test
    void aRemovedRiskOrARaisedBarExitsZero() {
        assertEquals(0, run("diff", "--playbook", playbook, zebra, calm).exit());
        assertEquals(0, run("diff", "--fail-on", "none", "--playbook", playbook, calm, zebra).exit());
    }

    @Test
    void reorderedRenamedReformattedSectionsAreNoChange() {
        CliRun r = run("diff", "--playbook", playbook, zebra, zebraReordered);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("no substantive change"), r::toString);
        JsonObject json = JsonParser.parseString(run("diff", "-f", "json", "--playbook", playbook, zebra, zebraReordered).out()).getAsJsonObject();
        assertFalse(json.get("substantive").getAsBoolean());
        assertEquals(0, json.getAsJsonArray("changes").size());
    }

    @Test
    void jsonHasExactlyTheAgreedShape() {
        CliRun r = run("diff", "--format", "json", "--playbook", playbook, calm, zebra);
        assertEquals(1, r.exit(), r::toString);
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Set.of("substantive", "score", "changes"), json.keySet());
        assertTrue(json.get("substantive").getAsBoolean());
        assertEquals(Set.of("before", "after"), json.getAsJsonObject("score").keySet());
        assertEquals(0, json.getAsJsonObject("score").get("before").getAsInt());
        assertTrue(json.getAsJsonObject("score").get("after").getAsInt() > 0);
        JsonArray changes = json.getAsJsonArray("changes");
        assertEquals(1, changes.size(), r::toString);
        JsonObject c = changes.get(0).getAsJsonObject();
        assertEquals(List.of("kind", "code", "severity", "risk", "before", "after", "section"), List.copyOf(c.keySet()));
        assertEquals("added", c.get("kind").getAsString());
        assertEquals("custom.zebra", c.get("code").getAsString());
        assertTrue(c.getAsJsonObject("severity").get("before").isJsonNull());
        assertEquals("high", c.getAsJsonObject("severity").get("after").getAsString());
        assertEquals("up", c.get("risk").getAsString());
        assertTrue(c.get("before").isJsonNull());
        assertEquals("We may keep a zebra in the yard.", c.get("after").getAsString());
        JsonElement section = c.get("section");
        assertTrue(section.getAsJsonObject().get("before").isJsonNull());
        assertEquals("1 Animals", section.getAsJsonObject().get("after").getAsString());
    }

    @Test
    void markdownIsATable() {
        CliRun r = run("diff", "--format", "markdown", "--playbook", playbook, calm, zebra);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("| Risk | Change | Category | Severity | Section | Before | After |"), r::toString);
        assertTrue(r.out().contains("| ⬆ up | added | `custom.zebra` | none -> high | 1 Animals |  | We may keep a zebra in the yard. |"), r::toString);
        assertTrue(r.out().contains("Risk score **0 → "), r::toString);
    }

    @Test
    void wordingChangesWithoutACategoryAreListed() {
        String later = write(dir.resolve("v4.md"), "# Terms\n\n## 1. Animals\n\nWe keep a horse in the yard.\n\n## 2. Fees\n\nYou pay the fees within ninety days.\n").toString();
        CliRun r = run("diff", "--playbook", playbook, calm, later);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("wording changed in \"2 Fees\" (2 words); no category changed"), r::toString);
        JsonObject json = JsonParser.parseString(run("diff", "-f", "json", "--playbook", playbook, calm, later).out()).getAsJsonObject();
        assertTrue(json.get("substantive").getAsBoolean());
    }

    @Test
    void usageAndInputErrorsExitTwo() {
        CliRun one = run("diff", calm);
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("two files"), one::toString);
        CliRun missing = run("diff", calm, dir.resolve("nope.md").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.md: error: no such file"), missing::toString);
        assertEquals(2, run("diff", "--format", "sarif", calm, zebra).exit());
        assertEquals(2, run("diff", "--fail-on", "severe", calm, zebra).exit());
        String binary = write(dir.resolve("blob.md"), new byte[] {0, 1, 2, 0, 0, 5}).toString();
        CliRun bin = run("diff", calm, binary);
        assertEquals(2, bin.exit(), bin::toString);
        assertTrue(bin.err().contains("blob.md: error:"), bin::toString);
        assertEquals(0, run("diff", "--help").exit());
    }
}
