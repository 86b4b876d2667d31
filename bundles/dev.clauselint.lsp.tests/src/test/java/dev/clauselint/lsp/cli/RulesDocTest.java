package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.clauselint.lsp.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md is what diagnostics link to (codeDescription: rules.md#id), so it must match the playbook. */
class RulesDocTest {
    private static final Path COMMITTED = Path.of("../../docs/rules.md");

    @Test
    void committedRuleReferenceIsUpToDate() throws Exception {
        CliRun r = run("rules", "--format", "markdown");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(COMMITTED), "docs/rules.md is missing; create it with: " + RulesDoc.REGENERATE);
        // compare without caring how git checked out line endings
        String committed = Files.readString(COMMITTED).replace("\r\n", "\n");
        assertEquals(r.out(), committed, "docs/rules.md is stale; regenerate it with: " + RulesDoc.REGENERATE);
    }

    @Test
    void everyShippedRuleHasExactlyOneAnchorNamedByItsId() {
        String page = run("rules", "--format", "markdown").out();
        Set<String> ids = new TreeSet<>();
        for (Perspective p : Perspective.values()) {
            for (Rule rule : PlaybookLoader.defaultPlaybook(p).rules()) ids.add(rule.id());
        }
        Set<String> anchors = new TreeSet<>();
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(page);
        int count = 0;
        while (m.find()) {
            anchors.add(m.group(1));
            count++;
        }
        assertEquals(ids, anchors);
        assertEquals(ids.size(), count, "an anchor appears twice");
    }

    @Test
    void entryCarriesWhatAReaderNeeds() {
        String page = run("rules", "--format", "markdown").out();
        int at = page.indexOf("<a id=\"data.training-on-inputs\"></a>");
        String entry = page.substring(at, page.indexOf("<a id=", at + 1));
        assertTrue(entry.contains("## data.training-on-inputs"), entry);
        assertTrue(entry.contains("**high** · risky clause · customer perspective"), entry);
        assertTrue(entry.contains("The vendor may use your inputs or outputs to train or improve its models."), entry);
        assertTrue(entry.contains("**Why it matters.**"), entry);
        assertTrue(entry.contains("**Laws:**"), entry);
        assertTrue(entry.contains("**Ask for:**"), entry);
        assertTrue(entry.contains("- `no-training`: commit not to train on customer content"), entry);
    }

    @Test
    void idsWithADifferentVendorRuleShowBothUnderOneAnchor() {
        String page = run("rules", "--format", "markdown").out();
        int at = page.indexOf("<a id=\"liability.low-cap\"></a>");
        String entry = page.substring(at, page.indexOf("<a id=", at + 1));
        assertTrue(entry.contains("### Customer perspective") && entry.contains("### Vendor perspective"), entry);
        assertTrue(entry.contains("The provider's liability is unlimited"), entry);
    }

    @Test
    void onePerspectiveAndUnknownFormats() {
        String vendor = run("rules", "--format", "markdown", "--perspective", "vendor").out();
        assertTrue(vendor.contains("<a id=\"liability.low-cap\"></a>") && !vendor.contains("<a id=\"data.training-on-inputs\"></a>"),
                vendor);
        CliRun bad = run("rules", "--format", "html");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--format must be text or markdown"), bad::toString);
    }
}
