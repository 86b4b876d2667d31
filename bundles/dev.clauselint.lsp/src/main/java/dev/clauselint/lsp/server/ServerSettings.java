package dev.clauselint.lsp.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code clauselint} settings section, as an editor sends it ({@code workspace/configuration},
 * {@code didChangeConfiguration}) or as a workspace's {@code .clauselint.yaml} holds it. Every key
 * is optional; a bad value is reported and its default kept, so one typo never stops the review.
 *
 * @param perspective     whose side the review takes: {@code customer} (default) or {@code vendor}
 * @param playbooks       extra playbook files or directories
 * @param severity        rule id to severity ({@code high|medium|low|note})
 * @param disable         rule ids never reported
 * @param minimumSeverity findings below it are not shown
 * @param maxFindings     at most this many diagnostics per file, most severe kept (0: all)
 * @param debounceMillis  wait after an edit before reviewing (0: at once; a newer edit restarts)
 * @param maxFileSize     documents above this many characters are not reviewed
 * @param reference       a reference set file ({@code clauselint reference build}) to compare with; "" for the shipped one
 */
public record ServerSettings(Perspective perspective, List<String> playbooks, Map<String, Severity> severity,
                             Set<String> disable, Severity minimumSeverity, int maxFindings, int debounceMillis,
                             int maxFileSize, String reference) {

    public static final String SECTION = "clauselint";
    public static final int DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

    public static ServerSettings defaults() {
        return new ServerSettings(Perspective.CUSTOMER, List.of(), Map.of(), Set.of(), Severity.NOTE, 0, 0,
                DEFAULT_MAX_FILE_SIZE, "");
    }

    /** Settings plus what was wrong with the input. */
    public record Parsed(ServerSettings settings, List<String> problems) {
    }

    /**
     * Reads a settings object over {@code base}: keys present replace base values, except
     * {@code disable} and {@code severity}, which add to them (so a workspace file adds to the user's
     * choices instead of wiping them). {@code where} names the source in messages.
     */
    public static Parsed parse(JsonElement json, ServerSettings base, String where) {
        List<String> problems = new ArrayList<>();
        if (json == null || json.isJsonNull()) return new Parsed(base, problems);
        if (json.isJsonObject() && json.getAsJsonObject().has(SECTION) && json.getAsJsonObject().size() == 1) {
            json = json.getAsJsonObject().get(SECTION);
        }
        if (!json.isJsonObject()) {
            problems.add(where + ": the clauselint settings must be an object, not " + json);
            return new Parsed(base, problems);
        }
        JsonObject o = json.getAsJsonObject();
        Perspective perspective = base.perspective;
        List<String> playbooks = base.playbooks;
        Map<String, Severity> severity = new LinkedHashMap<>(base.severity);
        Set<String> disable = new LinkedHashSet<>(base.disable);
        Severity minimum = base.minimumSeverity;
        int maxFindings = base.maxFindings;
        int debounce = base.debounceMillis;
        int maxFileSize = base.maxFileSize;
        String reference = base.reference;
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String key = e.getKey();
            JsonElement v = e.getValue();
            if (v == null || v.isJsonNull()) continue;
            switch (key) {
                case "perspective" -> {
                    Perspective p = Perspective.parse(string(v));
                    if (p == null) problems.add(where + ": perspective must be \"customer\" or \"vendor\", not " + v);
                    else perspective = p;
                }
                case "playbooks" -> {
                    List<String> list = strings(v);
                    if (list == null) problems.add(where + ": playbooks must be a list of file or folder paths, not " + v);
                    else playbooks = List.copyOf(list);
                }
                case "severity" -> {
                    if (!v.isJsonObject()) {
                        problems.add(where + ": severity must map rule ids to high, medium, low or note, not " + v);
                        break;
                    }
                    for (Map.Entry<String, JsonElement> s : v.getAsJsonObject().entrySet()) {
                        Severity sev = Severity.parse(string(s.getValue()));
                        if (sev == null) problems.add(where + ": severity of " + s.getKey() + " must be high, medium, low or note, not " + s.getValue());
                        else severity.put(s.getKey(), sev);
                    }
                }
                case "disable", "disabledRules" -> {
                    List<String> list = strings(v);
                    if (list == null) problems.add(where + ": " + key + " must be a list of rule ids, not " + v);
                    else disable.addAll(list);
                }
                case "minimumSeverity" -> {
                    Severity s = Severity.parse(string(v));
                    if (s == null) problems.add(where + ": minimumSeverity must be high, medium, low or note, not " + v);
                    else minimum = s;
                }
                case "maxFindings" -> {
                    Integer n = integer(v);
                    if (n == null || n < 0) problems.add(where + ": maxFindings must be a whole number >= 0, not " + v);
                    else maxFindings = n;
                }
                case "debounce" -> {
                    Integer n = integer(v);
                    if (n == null || n < 0 || n > 10_000) problems.add(where + ": debounce must be milliseconds between 0 and 10000, not " + v);
                    else debounce = n;
                }
                case "maxFileSize" -> {
                    Integer n = integer(v);
                    if (n == null || n < 1) problems.add(where + ": maxFileSize must be a positive number of characters, not " + v);
                    else maxFileSize = n;
                }
                case "reference" -> {
                    String r = string(v);
                    if (r == null) problems.add(where + ": reference must be the path of a reference set file, not " + v);
                    else reference = r.strip();
                }
                default -> problems.add(where + ": unknown setting \"" + key + "\" (known: perspective, playbooks, severity, disable, minimumSeverity, maxFindings, debounce, maxFileSize, reference)");
            }
        }
        return new Parsed(new ServerSettings(perspective, playbooks, Map.copyOf(severity), Set.copyOf(disable), minimum,
                maxFindings, debounce, maxFileSize, reference), problems);
    }

    /** A copy with one more rule switched off. */
    public ServerSettings withDisabled(String ruleId) {
        Set<String> d = new LinkedHashSet<>(disable);
        d.add(ruleId);
        return new ServerSettings(perspective, playbooks, severity, Set.copyOf(d), minimumSeverity, maxFindings,
                debounceMillis, maxFileSize, reference);
    }

    private static String string(JsonElement v) {
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }

    private static Integer integer(JsonElement v) {
        if (v == null || !v.isJsonPrimitive()) return null;
        JsonPrimitive p = v.getAsJsonPrimitive();
        try {
            double d = p.isNumber() ? p.getAsDouble() : Double.parseDouble(p.getAsString().strip());
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) return null;
            return (int) d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A list of strings; a single string counts as a list of one. Null when the shape is wrong. */
    private static List<String> strings(JsonElement v) {
        if (v.isJsonPrimitive()) return v.getAsString().isBlank() ? List.of() : List.of(v.getAsString().strip());
        if (!v.isJsonArray()) return null;
        List<String> out = new ArrayList<>();
        for (JsonElement x : (JsonArray) v) {
            if (x == null || !x.isJsonPrimitive()) return null;
            if (!x.getAsString().isBlank()) out.add(x.getAsString().strip());
        }
        return out;
    }
}
