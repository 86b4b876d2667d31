package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clauselint reference build: the facts written for a small fixed corpus, and the errors. */
class ReferenceCommandTest {
    /** Three stand-in rules under real catalog ids (so the training pair applies); every other shipped rule is off. */
    private static final String RULES = """
            rules:
              - id: data.training-on-inputs
                kind: clause
                severity: high
                message: The vendor may train on prompts.
                rationale: Test stand-in.
                keywords: [train]
                match: ["\\\\bmay\\\\s+train\\\\b"]
                examples:
                  flagged: ["[[We may train on prompts.]]"]
                  clean: ["We will not train on prompts."]
              - id: missing.no-training-commitment
                kind: require
                severity: high
                message: No promise against training.
                rationale: Test stand-in.
                keywords: [train]
                satisfied-by: ["\\\\bnot\\\\s+train\\\\b"]
                heading: No Training
                examples:
                  flagged: ["[[# Terms]]\\n\\nWe may train on prompts."]
                  clean: ["# Terms\\n\\nWe will not train on prompts."]
              - id: dispute.mandatory-arbitration
                kind: clause
                severity: medium
                message: Disputes go to arbitration.
                rationale: Test stand-in.
                keywords: [arbitration]
                match: ["\\\\barbitration\\\\b"]
                examples:
                  flagged: ["[[Disputes go to binding arbitration.]]"]
                  clean: ["Disputes go to court."]
            """;
    private static final Set<String> KEPT = Set.of("data.training-on-inputs", "missing.no-training-commitment",
            "dispute.mandatory-arbitration");

    /** What the fixed corpus gives: acme trains and arbitrates, birch promises not to train, cedar does both, dune only arbitrates. */
    private static final String EXPECTED = """
            {
              "format": 1,
              "snapshot": "2026-01-31",
              "perspective": "customer",
              "label": "test terms",
              "documents": [
                {"name": "acme", "file": "acme__terms.md", "score": 22, "grade": "B"},
                {"name": "birch", "file": "birch__terms.txt", "score": 0, "grade": "A"},
                {"name": "cedar", "file": "cedar__terms.html", "score": 10, "grade": "A"},
                {"name": "dune", "file": "notes/dune__terms.md", "score": 14, "grade": "A"}
              ],
              "categories": [
                {
                  "id": "data.training-on-inputs",
                  "flagged": ["acme", "cedar"],
                  "notFlagged": ["birch", "dune"],
                  "protection": "missing.no-training-commitment",
                  "offeringProtection": ["birch", "cedar"]
                },
                {
                  "id": "dispute.mandatory-arbitration",
                  "flagged": ["acme", "dune"],
                  "notFlagged": ["birch", "cedar"],
                  "protection": null,
                  "offeringProtection": []
                },
                {
                  "id": "missing.no-training-commitment",
                  "flagged": ["acme", "dune"],
                  "notFlagged": ["birch", "cedar"],
                  "protection": null,
                  "offeringProtection": []
                }
              ]
            }
            """;

    @TempDir
    Path dir;
    String playbook;

    @BeforeEach
    void setUp() {
        String disable = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).rules().stream().map(Rule::id)
                .filter(id -> !KEPT.contains(id)).map(id -> "  - " + id).collect(Collectors.joining("\n"));
        playbook = write(dir.resolve("playbook.yaml"), RULES + "disable:\n" + disable + "\n").toString();
    }

    static Path corpus() {
        try {
            return Path.of(ReferenceCommandTest.class.getResource("reference-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun build(String... more) {
        String[] args = new String[more.length + 8];
        String[] fixed = {"reference", "build", "--playbook", playbook, "--date", "2026-01-31", "--label", "test terms"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(more, 0, args, fixed.length, more.length);
        return run(args);
    }

    @Test
    void aFolderOfContractsGivesTheFactsPerCategoryAndNoContractText() {
        CliRun r = build(corpus().toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(EXPECTED, r.out());
        assertFalse(r.out().contains("prompts"), "no contract text");
        assertTrue(r.err().contains("reference set of 4 documents and 3 rules"), r::toString);
    }

    @Test
    void theOutputOptionWritesTheSameJsonToAFile() throws Exception {
        Path out = dir.resolve("sets/mine.json");
        CliRun r = build("-o", out.toString(), corpus().toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.out());
        assertEquals(EXPECTED, Files.readString(out));
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        CliRun r = build(dir.resolve("nowhere").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("nowhere: error: no such file or directory"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aFolderWithoutContractsIsAnError() {
        write(dir.resolve("empty/notes.pdf"), "not a contract");
        CliRun r = build(dir.resolve("empty").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("empty: error: no contract files found"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void anUnreadableFileIsSkippedWithAWarningNamingIt() {
        Path folder = dir.resolve("mixed");
        write(folder.resolve("acme__terms.md"), "# Acme Terms\n\nWe may train on your prompts.\n");
        write(folder.resolve("broken__terms.md"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 9, 0});
        write(folder.resolve("blank__terms.md"), "  \n");
        CliRun r = build(folder.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("broken__terms.md: warning: skipped"), r::toString);
        assertTrue(r.err().contains("blank__terms.md: warning: skipped, the file is empty"), r::toString);
        assertTrue(r.out().contains("\"documents\": [\n    {\"name\": \"acme\""), r::toString);
        assertFalse(r.out().contains("broken"), r::toString);
    }

    @Test
    void noReadableContractAtAllIsAnError() {
        write(dir.resolve("bad/broken.md"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
        CliRun r = build(dir.resolve("bad").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no contract could be read"), r::toString);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("reference").exit());
        assertEquals(2, run("reference", "rebuild", corpus().toString()).exit());
        assertEquals(2, run("reference", "build").exit());
        CliRun badDate = run("reference", "build", "--date", "23/11/2026", corpus().toString());
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("--date must be YYYY-MM-DD"), badDate::toString);
        assertEquals(0, run("reference", "--help").exit());
    }

    @Test
    void aBrokenPlaybookWritesNothing() {
        Path broken = write(dir.resolve("broken.yaml"), "rules:\n  - id: Not An Id\n");
        CliRun r = run("reference", "build", "--playbook", broken.toString(), corpus().toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void explainSaysHowCommonTheRuleIsInTheShippedSet() {
        CliRun r = run("explain", "data.training-on-inputs");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\nHow common (12 AI vendor terms, snapshot "), r::toString);
        assertTrue(r.out().contains("  Offering the protection (missing.no-training-commitment): "), r::toString);
        CliRun vendor = run("explain", "--perspective", "vendor", "draft.undefined-term");
        assertEquals(0, vendor.exit(), vendor::toString);
        assertFalse(vendor.out().contains("How common"), "the shipped set took the customer's side");
    }

    @Test
    void filesOfTheSameNameInTwoFoldersKeepTheirFolderAndAFileGivenTwiceCountsOnce() {
        Path a = write(dir.resolve("a/acme__terms.md"), "# Acme Terms\n\nWe may train on your prompts.\n");
        write(dir.resolve("b/acme__terms.md"), "# Acme Terms\n\nWe will not train on your prompts.\n");
        CliRun r = build(dir.resolve("a").toString(), dir.resolve("b").toString(), a.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\"documents\": [\n"
                + "    {\"name\": \"acme__terms.md\", \"file\": \"acme__terms.md\", \"score\": 18, \"grade\": \"B\"},\n"
                + "    {\"name\": \"b/acme__terms.md\", \"file\": \"b/acme__terms.md\", \"score\": 0, \"grade\": \"A\"}\n"
                + "  ],"), r::toString);
    }
}
