package dev.clauselint.eclipse.risk;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.Range;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of the server's {@code clauselint.riskReport} command, reduced to what the Risk view
 * shows. {@code error} is set (and the rest empty) for a document the server could not review.
 */
public record RiskReport(String uri, int version, int score, String grade, Map<String, Integer> counts,
        List<RiskFinding> findings, String error) {
    /** Severities from worst to mildest: the order of the counts and of the tree. */
    public static final List<String> SEVERITIES = List.of("high", "medium", "low", "note");

    private static final Gson GSON = new Gson();

    /** Reads the command's result: lsp4j hands an untyped result over as a Gson tree. */
    static RiskReport parse(Object result) {
        JsonElement tree = result instanceof JsonElement json ? json : GSON.toJsonTree(result);
        if (tree == null || !tree.isJsonObject()) throw new IllegalArgumentException("not a risk report: " + result);
        JsonObject o = tree.getAsJsonObject();
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonObject c = o.has("counts") ? o.getAsJsonObject("counts") : new JsonObject();
        for (String s : SEVERITIES) counts.put(s, c.has(s) ? c.get(s).getAsInt() : 0);
        List<RiskFinding> findings = new ArrayList<>();
        if (o.has("findings")) {
            for (JsonElement e : o.getAsJsonArray("findings")) findings.add(finding(e.getAsJsonObject()));
        }
        return new RiskReport(text(o, "uri"), number(o, "version"), number(o, "score"), text(o, "grade"), counts,
                List.copyOf(findings), text(o, "error"));
    }

    private static RiskFinding finding(JsonObject f) {
        Range range = GSON.fromJson(f.get("range"), Range.class);
        return new RiskFinding(text(f, "code"), text(f, "severity"), text(f, "message"), range, text(f, "section"),
                text(f, "category"));
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static int number(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? 0 : e.getAsInt();
    }
}
