package dev.clauselint.lsp.cli;

import com.google.gson.JsonObject;
import dev.clauselint.core.read.ContractReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd input: each case gives a clear message and the right exit code, never a stack trace. */
class RobustnessTest {
    @TempDir
    Path dir;
    String playbook;

    @BeforeEach
    void setUp() {
        playbook = CliRun.testPlaybook(dir).toString();
    }

    private static void noStackTrace(CliRun r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
    }

    @Test
    void emptyFileIsReviewedWithAWarning() {
        String f = write(dir.resolve("empty.md"), "").toString();
        CliRun r = run("check", "--playbook", playbook, f);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains(f + ": warning: file is empty"), r::toString);
        assertTrue(r.out().contains(f + ": score 0/100, grade A"), r::toString);
        noStackTrace(r);
    }

    @Test
    void emptyFileWithShippedPlaybookDoesNotCrash() {
        String f = write(dir.resolve("empty.txt"), "\n\n   \n").toString();
        CliRun r = run("check", "--format", "json", f);
        assertTrue(r.exit() == 0 || r.exit() == 1, r::toString);
        assertEquals(1, JsonReportTest.parse(r).getAsJsonArray("files").size());
        noStackTrace(r);
    }

    @Test
    void binaryFileIsRefusedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        String f = write(dir.resolve("logo.md"), png).toString();
        CliRun r = run("check", "--playbook", playbook, f);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(f + ": error: not a text file"), r::toString);
        assertFalse(r.out().contains(f + ": score"), r::toString);
        noStackTrace(r);
    }

    @Test
    void invalidUtf8IsReplacedWithAWarningAndReviewed() {
        byte[] bytes = "Intro.\nWe may keep a \u00FF zebra.\n".getBytes(StandardCharsets.ISO_8859_1);
        String f = write(dir.resolve("latin1.txt"), bytes).toString();
        CliRun r = run("check", "--format", "json", "--playbook", playbook, f);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(f + ": warning: invalid UTF-8"), r::toString);
        assertTrue(r.err().contains("line 2"), r::toString);
        JsonObject finding = JsonReportTest.parse(r).getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("custom.zebra", finding.get("code").getAsString());
        assertEquals(1, finding.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
    }

    @Test
    void fiftyMegabyteFileIsRefusedAboveTheLimit() throws Exception {
        Path f = dir.resolve("huge.md");
        byte[] line = "We keep a horse and the terms go on and on for a very long time indeed.\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
        long start = System.nanoTime();
        CliRun r = run("check", "--playbook", playbook, f.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(f + ": error: file too large to review"), r::toString);
        assertTrue(r.err().matches("(?s).*the limit is " + ContractReader.DEFAULT_MAX_CHARS / (1024 * 1024) + "(\\.0)? MB.*"), r::toString);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused quickly");
        noStackTrace(r);
    }

    @Test
    void crlfFileGivesTheSameLinesAsLf() {
        String lf = write(dir.resolve("lf.md"), "# Terms\n\nIntro.\n\nWe may keep a zebra.\n").toString();
        String crlf = write(dir.resolve("crlf.md"), "# Terms\r\n\r\nIntro.\r\n\r\nWe may keep a zebra.\r\n").toString();
        CliRun a = run("check", "--playbook", playbook, lf);
        CliRun b = run("check", "--playbook", playbook, crlf);
        assertTrue(a.out().contains(lf + ":5:1: high [custom.zebra]"), a::toString);
        assertTrue(b.out().contains(crlf + ":5:1: high [custom.zebra]"), b::toString);
    }

    @Test
    void nbspAndZeroWidthCharactersKeepSourceOffsets() {
        String text = "Intro.\u00A0We\u00A0may keep a\u200B zebra\u200D.\n";
        String f = write(dir.resolve("odd.md"), text).toString();
        CliRun r = run("check", "--format", "json", "--playbook", playbook, f);
        assertEquals(1, r.exit(), r::toString);
        JsonObject finding = JsonReportTest.parse(r).getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("findings").get(0).getAsJsonObject();
        int start = finding.getAsJsonObject("offset").get("start").getAsInt();
        int end = finding.getAsJsonObject("offset").get("end").getAsInt();
        String covered = text.substring(start, end);
        assertTrue(covered.contains("zebra"), covered);
        assertTrue(end <= text.length());
        assertEquals(start, finding.getAsJsonObject("range").getAsJsonObject("start").get("character").getAsInt());
    }

    @Test
    void aDirectoryWithOneBadFileStillReviewsTheOthers() {
        Path root = dir.resolve("mixed");
        write(root.resolve("a.md"), "We may keep a zebra.\n");
        write(root.resolve("b.md"), new byte[] {0, 1, 2, 3, 0, 0});
        CliRun r = run("check", "--playbook", playbook, root.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.out().contains("[custom.zebra]"), r::toString);
        assertTrue(r.err().contains(root.resolve("b.md") + ": error: not a text file"), r::toString);
    }
}
