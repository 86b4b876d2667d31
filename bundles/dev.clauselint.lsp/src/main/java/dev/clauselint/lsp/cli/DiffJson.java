package dev.clauselint.lsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.clauselint.core.compare.CategoryChange;
import dev.clauselint.core.compare.VersionComparison;
import dev.clauselint.core.playbook.Severity;

/**
 * The change summary other tools read, shared by {@code clauselint diff --format json} and the
 * language server's {@code clauselint.compareWith}. Shape (fixed; keys in this order, null where a
 * side is absent):
 * <pre>
 * {"substantive": true, "score": {"before": 0, "after": 0},
 *  "changes": [{"kind": "added|removed|reworded", "code", "severity": {"before", "after"},
 *               "risk": "up|down|neutral", "before", "after", "section": {"before", "after"}}]}
 * </pre>
 */
public final class DiffJson {
    /** Pretty, and keeping nulls: a side that is absent is written as null, never left out. */
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private DiffJson() {
    }

    public static JsonObject of(VersionComparison c) {
        JsonObject root = new JsonObject();
        root.addProperty("substantive", c.substantive());
        root.add("score", pair(c.before().score().score(), c.after().score().score()));
        JsonArray changes = new JsonArray();
        for (CategoryChange ch : c.changes()) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", ch.kind().id());
            o.addProperty("code", ch.code());
            o.add("severity", pair(id(ch.severityBefore()), id(ch.severityAfter())));
            o.addProperty("risk", ch.risk().id());
            o.add("before", text(ch.before()));
            o.add("after", text(ch.after()));
            o.add("section", pair(ch.sectionBefore(), ch.sectionAfter()));
            changes.add(o);
        }
        root.add("changes", changes);
        return root;
    }

    private static String id(Severity s) {
        return s == null ? null : s.id();
    }

    private static JsonObject pair(String before, String after) {
        JsonObject o = new JsonObject();
        o.add("before", text(before));
        o.add("after", text(after));
        return o;
    }

    private static JsonObject pair(int before, int after) {
        JsonObject o = new JsonObject();
        o.addProperty("before", before);
        o.addProperty("after", after);
        return o;
    }

    private static com.google.gson.JsonElement text(String s) {
        return s == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(s);
    }
}
