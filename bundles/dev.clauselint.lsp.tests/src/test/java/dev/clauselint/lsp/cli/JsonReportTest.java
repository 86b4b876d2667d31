package dev.clauselint.lsp.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.clauselint.core.read.ContractReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON report has exactly the documented shape: other tools read it. */
class JsonReportTest {
    @TempDir
    Path dir;
    String playbook;

    @BeforeEach
    void setUp() {
        playbook = CliRun.testPlaybook(dir).toString();
    }

    static JsonObject parse(CliRun r) {
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    static void keys(JsonObject o, String... keys) {
        assertEquals(Set.of(keys), o.keySet(), () -> "keys of " + o);
    }

    static int integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        assertTrue(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber(), () -> key + " is a number in " + o);
        return e.getAsInt();
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        assertTrue(e.isJsonPrimitive() && e.getAsJsonPrimitive().isString(), () -> key + " is a string in " + o);
        return e.getAsString();
    }

    @Test
    void shapeIsExact() {
        String doc = write(dir.resolve("terms.md"), "# Terms\n\nYou grant us a perpetual license.\n").toString();
        CliRun r = run("check", "--format", "json", "--playbook", playbook, doc, dir.resolve("missing.md").toString());
        assertEquals(2, r.exit(), r::toString);
        JsonObject root = parse(r);
        keys(root, "tool", "files", "errors");
        keys(root.getAsJsonObject("tool"), "name", "version");
        assertEquals("clauselint", string(root.getAsJsonObject("tool"), "name"));
        string(root.getAsJsonObject("tool"), "version");

        JsonArray files = root.getAsJsonArray("files");
        assertEquals(1, files.size());
        JsonObject file = files.get(0).getAsJsonObject();
        keys(file, "path", "score", "grade", "counts", "findings");
        assertEquals(doc, string(file, "path"));
        int score = integer(file, "score");
        assertTrue(score >= 0 && score <= 100);
        assertTrue(Set.of("A", "B", "C", "D", "E").contains(string(file, "grade")));
        JsonObject counts = file.getAsJsonObject("counts");
        keys(counts, "high", "medium", "low", "note");
        assertEquals(1, integer(counts, "medium"));
        assertEquals(0, integer(counts, "high"));

        JsonArray findings = file.getAsJsonArray("findings");
        assertEquals(1, findings.size());
        JsonObject f = findings.get(0).getAsJsonObject();
        keys(f, "code", "severity", "message", "range", "offset", "fixes");
        assertEquals("custom.perpetual", string(f, "code"));
        assertEquals("medium", string(f, "severity"));
        assertEquals("A perpetual licence.", string(f, "message"));
        JsonObject range = f.getAsJsonObject("range");
        keys(range, "start", "end");
        keys(range.getAsJsonObject("start"), "line", "character");
        keys(range.getAsJsonObject("end"), "line", "character");
        assertEquals(2, integer(range.getAsJsonObject("start"), "line"));
        assertEquals(0, integer(range.getAsJsonObject("start"), "character"));
        keys(f.getAsJsonObject("offset"), "start", "end");
        assertEquals(9, integer(f.getAsJsonObject("offset"), "start"));

        JsonArray fixes = f.getAsJsonArray("fixes");
        assertTrue(fixes.size() >= 1);
        JsonObject fix = fixes.get(0).getAsJsonObject();
        keys(fix, "title", "edits");
        string(fix, "title");
        JsonObject edit = fix.getAsJsonArray("edits").get(0).getAsJsonObject();
        keys(edit, "offset", "newText");
        keys(edit.getAsJsonObject("offset"), "start", "end");
        assertTrue(string(edit, "newText").contains("only during the term"), edit::toString);

        JsonArray errors = root.getAsJsonArray("errors");
        assertEquals(1, errors.size());
        JsonObject error = errors.get(0).getAsJsonObject();
        keys(error, "path", "message");
        assertEquals(dir.resolve("missing.md").toString(), string(error, "path"));
        assertEquals("no such file or directory", string(error, "message"));
    }

    @Test
    void emptyListsStayPresent() {
        String doc = write(dir.resolve("ok.md"), "# Terms\n\nWe keep a horse.\n").toString();
        JsonObject root = parse(run("check", "--format", "json", "--playbook", playbook, doc));
        assertEquals(0, root.getAsJsonArray("errors").size());
        JsonObject file = root.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals(0, file.getAsJsonArray("findings").size());
        assertEquals(0, integer(file, "score"));
        assertEquals("A", string(file, "grade"));
    }

    @Test
    void rangesAreUtf16WithAstralCharactersAndCrLf() {
        // line 0: title; line 1: empty; line 2: emoji, then the finding; CRLF line ends throughout
        String text = "Terms\r\n\r\n\uD83E\uDD16\uD83D\uDE00 Intro. We may keep a zebra.\r\nEnd.\r\n";
        String doc = write(dir.resolve("astral.txt"), text).toString();
        JsonObject f = parse(run("check", "--format", "json", "--playbook", playbook, doc))
                .getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings").get(0).getAsJsonObject();
        int start = text.indexOf("We may");
        int end = text.indexOf("zebra.") + "zebra.".length();
        assertEquals(start, integer(f.getAsJsonObject("offset"), "start"));
        assertEquals(end, integer(f.getAsJsonObject("offset"), "end"));
        JsonObject range = f.getAsJsonObject("range");
        assertEquals(2, integer(range.getAsJsonObject("start"), "line"));
        // two astral characters are four UTF-16 code units: "🤖😀 Intro. " is 12 units
        assertEquals(12, integer(range.getAsJsonObject("start"), "character"));
        assertEquals(2, integer(range.getAsJsonObject("end"), "line"));
        assertEquals(12 + "We may keep a zebra.".length(), integer(range.getAsJsonObject("end"), "character"));
    }

    @Test
    void offsetsAreRelativeToTheDecodedTextWithAByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFWe may keep a zebra.\n".getBytes(StandardCharsets.UTF_8);
        String doc = write(dir.resolve("bom.md"), bytes).toString();
        JsonObject f = parse(run("check", "--format", "json", "--playbook", playbook, doc))
                .getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings").get(0).getAsJsonObject();
        // the decoded text is what the core reviews (with or without the BOM, the core decides); offsets index it
        String decoded = new ContractReader().read(bytes, "bom.md").source();
        int start = integer(f.getAsJsonObject("offset"), "start");
        int end = integer(f.getAsJsonObject("offset"), "end");
        assertEquals("We may keep a zebra.", decoded.substring(start, end));
        assertEquals(start, integer(f.getAsJsonObject("range").getAsJsonObject("start"), "character"));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
        String doc = write(dir.resolve("üñí.md"), "We may keep a zebra <b>.\n").toString();
        CliRun r = run("check", "--format", "json", "--playbook", playbook, doc);
        assertTrue(r.out().contains("üñí.md"), r::toString);
        assertEquals(doc, string(parse(r).getAsJsonArray("files").get(0).getAsJsonObject(), "path"));
    }

    @Test
    void playbookProblemsAreErrorsWithLineAndColumn() {
        Path broken = write(dir.resolve("broken.yaml"), "rules:\n  - id: custom.x\n    kind: nonsense\n");
        JsonObject root = parse(run("check", "--format", "json", "--playbook", broken.toString(),
                write(dir.resolve("ok.md"), "Hello.\n").toString()));
        JsonObject error = root.getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals(broken.toString(), string(error, "path"));
        assertTrue(string(error, "message").matches("\\d+:\\d+: .+"), error::toString);
    }
}
