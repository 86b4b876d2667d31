package dev.clauselint.lsp.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import dev.clauselint.core.review.TextEdit;
import dev.clauselint.lsp.PositionMapper;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS) for code-scanning tools. One run; every active rule is a
 * {@code reportingDescriptor}; columns are UTF-16 code units ({@code columnKind}), 1-based; char
 * offsets and lengths count UTF-16 code units of the decoded file. Relative paths stay relative
 * (with {@code uriBaseId} {@code %SRCROOT%} = the working directory), absolute ones become
 * {@code file:} URIs. Errors and warnings are {@code toolExecutionNotifications}.
 */
final class SarifReport implements Report {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private final PrintStream out;
    private final List<Rule> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final JsonArray results = new JsonArray();
    private final JsonArray notifications = new JsonArray();
    private boolean failed;

    SarifReport(PrintStream out, List<Rule> rules) {
        this.out = out;
        this.rules = rules;
        for (int i = 0; i < rules.size(); i++) ruleIndex.putIfAbsent(rules.get(i).id(), i);
    }

    static String level(Severity s) {
        return switch (s) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, NOTE -> "note";
        };
    }

    @Override
    public void file(FileReview r) {
        for (Finding f : r.findings()) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", f.ruleId());
            Integer index = ruleIndex.get(f.ruleId());
            if (index != null) result.addProperty("ruleIndex", index);
            result.addProperty("level", level(f.severity()));
            result.add("message", text(f.message()));
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifact(r.path()));
            physical.add("region", region(r.mapper(), f.span().start(), f.span().end()));
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            result.add("locations", locations);
            JsonArray fixes = new JsonArray();
            for (Fix fix : f.fixes()) {
                if (fix.edits().isEmpty()) continue;
                JsonArray replacements = new JsonArray();
                for (TextEdit e : fix.edits()) {
                    JsonObject deleted = new JsonObject();
                    deleted.addProperty("charOffset", e.span().start());
                    deleted.addProperty("charLength", e.span().length());
                    JsonObject replacement = new JsonObject();
                    replacement.add("deletedRegion", deleted);
                    JsonObject inserted = new JsonObject();
                    inserted.addProperty("text", e.newText());
                    replacement.add("insertedContent", inserted);
                    replacements.add(replacement);
                }
                JsonObject change = new JsonObject();
                change.add("artifactLocation", artifact(r.path()));
                change.add("replacements", replacements);
                JsonArray changes = new JsonArray();
                changes.add(change);
                JsonObject x = new JsonObject();
                x.add("description", text(fix.title()));
                x.add("artifactChanges", changes);
                fixes.add(x);
            }
            if (!fixes.isEmpty()) result.add("fixes", fixes);
            results.add(result);
        }
    }

    private static JsonObject region(PositionMapper m, int start, int end) {
        PositionMapper.Position s = m.position(start);
        PositionMapper.Position e = m.position(end);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", s.line() + 1);
        region.addProperty("startColumn", s.character() + 1);
        region.addProperty("endLine", e.line() + 1);
        region.addProperty("endColumn", e.character() + 1);
        region.addProperty("charOffset", start);
        region.addProperty("charLength", end - start);
        return region;
    }

    @Override
    public void error(String path, String message, int line, int column) {
        failed = true;
        notifications.add(notification("error", path, message, line, column));
    }

    @Override
    public void warning(String path, String message) {
        notifications.add(notification("warning", path, message, 0, 0));
    }

    private static JsonObject notification(String level, String path, String message, int line, int column) {
        JsonObject n = new JsonObject();
        n.addProperty("level", level);
        n.add("message", text(message));
        if (path != null) {
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifact(path));
            if (line > 0) {
                JsonObject region = new JsonObject();
                region.addProperty("startLine", line);
                region.addProperty("startColumn", Math.max(1, column));
                physical.add("region", region);
            }
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            n.add("locations", locations);
        }
        return n;
    }

    @Override
    public void finish(int exitCode) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", Cli.NAME);
        driver.addProperty("version", Cli.version());
        driver.addProperty("informationUri", Cli.INFORMATION_URI);
        JsonArray descriptors = new JsonArray();
        for (Rule r : rules) descriptors.add(descriptor(r));
        driver.add("rules", descriptors);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", !failed);
        invocation.addProperty("exitCode", exitCode);
        if (!notifications.isEmpty()) invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);

        JsonObject srcroot = new JsonObject();
        srcroot.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
        JsonObject baseIds = new JsonObject();
        baseIds.add(SRCROOT, srcroot);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("invocations", invocations);
        run.add("originalUriBaseIds", baseIds);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        out.println(JsonReport.GSON.toJson(root));
    }

    private static JsonObject descriptor(Rule r) {
        JsonObject d = new JsonObject();
        d.addProperty("id", r.id());
        d.add("shortDescription", text(r.message()));
        d.add("fullDescription", text(r.rationale()));
        StringBuilder help = new StringBuilder(r.rationale());
        if (r.ask() != null && !r.ask().isBlank()) help.append("\n\nAsk for: ").append(r.ask());
        if (!r.laws().isEmpty()) help.append("\n\nLaws: ").append(String.join("; ", r.laws()));
        d.add("help", text(help.toString()));
        if (r.link() != null && isAbsoluteUri(r.link())) d.addProperty("helpUri", r.link());
        JsonObject config = new JsonObject();
        config.addProperty("level", level(r.severity()));
        d.add("defaultConfiguration", config);
        JsonObject properties = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add(r.area());
        tags.add(r.kind().name());
        properties.add("tags", tags);
        if (!r.laws().isEmpty()) {
            JsonArray laws = new JsonArray();
            r.laws().forEach(laws::add);
            properties.add("laws", laws);
        }
        d.add("properties", properties);
        return d;
    }

    private static boolean isAbsoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    static JsonObject artifact(String path) {
        JsonObject a = new JsonObject();
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            a.addProperty("uri", p.normalize().toUri().toString());
        } else {
            a.addProperty("uri", relativeUri(p.normalize().toString()));
            a.addProperty("uriBaseId", SRCROOT);
        }
        return a;
    }

    /** A relative path as a URI reference: '/' separators, everything but unreserved characters percent-encoded. */
    static String relativeUri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
