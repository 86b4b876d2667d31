package dev.clauselint.eclipse.compare;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of the server's {@code clauselint.compareWith}: whether the new version changes
 * anything substantive, the score before and after, and each category that changed (see
 * docs/compare.md). A side that is absent (an added or removed clause) is null.
 */
public record RiskChanges(boolean substantive, String scoreBefore, String scoreAfter, List<Change> changes) {
    /** One changed category: {@code risk} is up, down or neutral. */
    public record Change(String kind, String code, String severityBefore, String severityAfter, String risk,
            String before, String after, String sectionBefore, String sectionAfter) {
        /** The category part of the code ({@code liability} of {@code liability.one-way-indemnity}). */
        public String category() {
            int dot = code == null ? -1 : code.indexOf('.');
            return dot < 0 ? code : code.substring(0, dot);
        }
    }

    private static final Gson GSON = new Gson();

    /** Reads the command's result: lsp4j hands an untyped result over as a Gson tree. */
    static RiskChanges parse(Object result) {
        JsonElement tree = result instanceof JsonElement json ? json : GSON.toJsonTree(result);
        if (tree == null || !tree.isJsonObject()) throw new IllegalArgumentException("not a comparison: " + result);
        JsonObject o = tree.getAsJsonObject();
        JsonObject score = object(o, "score");
        List<Change> changes = new ArrayList<>();
        if (o.has("changes") && o.get("changes").isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray("changes")) {
                JsonObject c = e.getAsJsonObject();
                JsonObject severity = object(c, "severity");
                JsonObject section = object(c, "section");
                changes.add(new Change(text(c, "kind"), text(c, "code"), text(severity, "before"), text(severity, "after"),
                        text(c, "risk"), text(c, "before"), text(c, "after"), text(section, "before"), text(section, "after")));
            }
        }
        boolean substantive = o.has("substantive") && o.get("substantive").getAsBoolean();
        return new RiskChanges(substantive, number(score, "before"), number(score, "after"), List.copyOf(changes));
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** A score as written ("64", not the "64.0" of a number that crossed JSON-RPC as a double). */
    private static String number(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return null;
        double d = e.getAsDouble();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
