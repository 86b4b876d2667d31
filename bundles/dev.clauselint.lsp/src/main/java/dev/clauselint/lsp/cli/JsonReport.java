package dev.clauselint.lsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import dev.clauselint.core.review.TextEdit;
import dev.clauselint.lsp.PositionMapper;

import java.io.PrintStream;

/**
 * The JSON report other tools read. Shape (fixed; keys in this order):
 * <pre>
 * {"tool": {"name", "version"},
 *  "files": [{"path", "score", "grade", "counts": {"high", "medium", "low", "note"},
 *             "findings": [{"code", "severity", "message",
 *                           "range": {"start": {"line", "character"}, "end": {...}},
 *                           "offset": {"start", "end"},
 *                           "fixes": [{"title", "edits": [{"offset": {"start", "end"}, "newText"}]}]}]}],
 *  "errors": [{"path", "message"}]}
 * </pre>
 * Ranges are 0-based with UTF-16 characters (as LSP); offsets count UTF-16 code units of the
 * decoded file. Files that could not be read appear only under "errors".
 */
final class JsonReport implements Report {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final PrintStream out;
    private final JsonArray files = new JsonArray();
    private final JsonArray errors = new JsonArray();

    JsonReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void file(FileReview r) {
        JsonObject file = new JsonObject();
        file.addProperty("path", r.path());
        file.addProperty("score", r.score().score());
        file.addProperty("grade", String.valueOf(r.score().grade()));
        JsonObject counts = new JsonObject();
        for (Severity s : Severity.values()) counts.addProperty(s.id(), r.score().counts().getOrDefault(s, 0));
        file.add("counts", counts);
        JsonArray findings = new JsonArray();
        for (Finding f : r.findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("code", f.ruleId());
            o.addProperty("severity", f.severity().id());
            o.addProperty("message", f.message());
            JsonObject range = new JsonObject();
            range.add("start", position(r.mapper().position(f.span().start())));
            range.add("end", position(r.mapper().position(f.span().end())));
            o.add("range", range);
            o.add("offset", offset(f.span().start(), f.span().end()));
            JsonArray fixes = new JsonArray();
            for (Fix fix : f.fixes()) {
                JsonObject x = new JsonObject();
                x.addProperty("title", fix.title());
                JsonArray edits = new JsonArray();
                for (TextEdit e : fix.edits()) {
                    JsonObject edit = new JsonObject();
                    edit.add("offset", offset(e.span().start(), e.span().end()));
                    edit.addProperty("newText", e.newText());
                    edits.add(edit);
                }
                x.add("edits", edits);
                fixes.add(x);
            }
            o.add("fixes", fixes);
            findings.add(o);
        }
        file.add("findings", findings);
        files.add(file);
    }

    private static JsonObject position(PositionMapper.Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.line());
        o.addProperty("character", p.character());
        return o;
    }

    private static JsonObject offset(int start, int end) {
        JsonObject o = new JsonObject();
        o.addProperty("start", start);
        o.addProperty("end", end);
        return o;
    }

    @Override
    public void error(String path, String message, int line, int column) {
        JsonObject e = new JsonObject();
        e.addProperty("path", path);
        e.addProperty("message", line > 0 ? line + ":" + column + ": " + message : message);
        errors.add(e);
    }

    @Override
    public void warning(String path, String message) {
    }

    @Override
    public void finish(int exitCode) {
        JsonObject root = new JsonObject();
        JsonObject tool = new JsonObject();
        tool.addProperty("name", Cli.NAME);
        tool.addProperty("version", Cli.version());
        root.add("tool", tool);
        root.add("files", files);
        root.add("errors", errors);
        out.println(GSON.toJson(root));
    }
}
