package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** clauselint check honours inline suppression directives (docs/suppressions.md), and the score follows. */
class SuppressionCliTest {
    @TempDir
    Path dir;

    /** The report lines of {@code check} on one file, with the test rules; the file's path is written "DOC". */
    private List<String> check(String fileName, String text) {
        String doc = write(dir.resolve(fileName), text).toString();
        CliRun r = run("check", "--playbook", CliRun.testPlaybook(dir).toString(), doc);
        return r.out().replace(doc, "DOC").lines().toList();
    }

    @Test
    void directivesSilenceTheirRulesOnlyWhereTheySay() {
        List<String> report = check("terms.md", """
                # Terms

                <!-- clauselint-disable-next-line custom.zebra: accepted by legal -->
                We may keep a zebra and a llama.

                We may keep another zebra.

                <!-- clauselint-disable-file custom.perpetual -->
                You grant us a perpetual license.
                """);
        assertEquals(List.of(
                "DOC:4:1: low [custom.llama] A llama appears.",
                "DOC:6:1: high [custom.zebra] The sentence mentions a zebra.",
                "DOC: score 11/100, grade A (1 high, 0 medium, 1 low, 0 note)"), report);
    }

    @Test
    void plainTextTakesCommentLinesAndARegion() {
        List<String> report = check("terms.txt", """
                TERMS

                // clauselint-disable custom.zebra
                We may keep a zebra.
                %% clauselint-enable custom.zebra

                We may keep a llama and a zebra.
                """);
        assertEquals(List.of(
                "DOC:7:1: low [custom.llama] A llama appears.",
                "DOC:7:1: high [custom.zebra] The sentence mentions a zebra.",
                "DOC: score 11/100, grade A (1 high, 0 medium, 1 low, 0 note)"), report);
    }
}
