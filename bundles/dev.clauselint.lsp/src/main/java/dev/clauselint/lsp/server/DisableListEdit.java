package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.review.TextEdit;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a rule id to the {@code disable:} list of a workspace settings file by editing its text, so
 * the team's comments, key order and other settings stay exactly as written. The code action and
 * the {@code clauselint.disableRule} command share it, so both produce the same file.
 */
final class DisableListEdit {
    private static final Pattern KEY = Pattern.compile("^([ \\t]*)(disable|disabledRules)[ \\t]*:(.*)$", Pattern.MULTILINE);
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)-(?:[ \\t]|$)");
    private static final Pattern INDENTED = Pattern.compile("^([ \\t]+)\\S", Pattern.MULTILINE);

    private DisableListEdit() {
    }

    /**
     * The edit to {@code text} (the file's content, "" when it does not exist) that lists
     * {@code ruleId} as disabled; null when it is listed already.
     *
     * @throws Configuration.SettingsFileException when the file is not YAML this can edit safely
     */
    static TextEdit add(String text, String ruleId, Path file) throws Configuration.SettingsFileException {
        JsonElement json = Configuration.parseYaml(text, file);
        if (listed(settingsOf(json, file), ruleId)) return null;
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        TextEdit edit = edit(text, ruleId, eol, isSection(json));
        // never hand out an edit that breaks the file or misses: check the result reads back
        if (!readsBack(TextEdit.apply(text, java.util.List.of(edit)), ruleId, file)) {
            throw new Configuration.SettingsFileException(file + ": cannot add " + ruleId
                    + " to its disable list automatically; add it by hand");
        }
        return edit;
    }

    private static boolean readsBack(String after, String ruleId, Path file) {
        try {
            return listed(settingsOf(Configuration.parseYaml(after, file), file), ruleId);
        } catch (Configuration.SettingsFileException e) {
            return false;
        }
    }

    private static TextEdit edit(String text, String ruleId, String eol, boolean nested) {
        Matcher key = KEY.matcher(text);
        while (key.find()) {
            boolean indented = !key.group(1).isEmpty();
            if (indented != nested) continue;
            String value = withoutComment(key.group(3)).strip();
            if (value.isEmpty()) return appendItem(text, key, ruleId, eol);
            if (value.startsWith("[")) return addToFlowList(key, ruleId);
            // a single id written as a scalar becomes a list of two; an explicit null, a list of one
            int at = key.start(3) + key.group(3).indexOf(value);
            boolean none = value.equals("~") || value.equalsIgnoreCase("null");
            return new TextEdit(new Span(at, at + value.length()), none ? "[" + ruleId + "]" : "[" + value + ", " + ruleId + "]");
        }
        String indent = nested ? childIndent(text) : "";
        String lead = text.isEmpty() || text.endsWith("\n") ? "" : eol;
        return new TextEdit(new Span(text.length(), text.length()),
                lead + indent + "disable:" + eol + indent + "  - " + ruleId + eol);
    }

    /** A block list: a new item after its last one (or right under the key when it has none). */
    private static TextEdit appendItem(String text, Matcher key, String ruleId, String eol) {
        int insertAt = lineEnd(text, key.end());
        String itemIndent = key.group(1) + "  ";
        int pos = insertAt;
        while (pos < text.length()) {
            int next = lineEnd(text, pos + 1);
            String line = text.substring(pos + 1, Math.min(next, text.length())).replace("\r", "");
            Matcher item = ITEM.matcher(line);
            if (item.find() && item.group(1).length() >= key.group(1).length()) {
                itemIndent = item.group(1);
                insertAt = next;
            } else if (!line.isBlank() && !line.strip().startsWith("#")) {
                break;
            }
            pos = next;
        }
        if (insertAt >= text.length()) {
            String lead = text.endsWith("\n") ? "" : eol;
            return new TextEdit(new Span(text.length(), text.length()), lead + itemIndent + "- " + ruleId + eol);
        }
        return new TextEdit(new Span(insertAt + 1, insertAt + 1), itemIndent + "- " + ruleId + eol);
    }

    /** {@code disable: [a, b]} becomes {@code [a, b, id]}. */
    private static TextEdit addToFlowList(Matcher key, String ruleId) {
        String value = withoutComment(key.group(3));
        int close = value.lastIndexOf(']');
        int open = value.indexOf('[');
        if (close < 0) close = value.length();
        int at = key.start(3) + close;
        boolean empty = value.substring(open + 1, close).isBlank();
        return new TextEdit(new Span(at, at), empty ? ruleId : ", " + ruleId);
    }

    /** The settings object, unwrapped from a lone {@code clauselint:} section. */
    private static JsonObject settingsOf(JsonElement json, Path file) throws Configuration.SettingsFileException {
        if (json == null || json.isJsonNull()) return new JsonObject();
        if (!json.isJsonObject()) throw new Configuration.SettingsFileException(file + ": expected settings (key: value lines), found " + json);
        if (isSection(json)) {
            JsonElement inner = json.getAsJsonObject().get(ServerSettings.SECTION);
            return inner != null && inner.isJsonObject() ? inner.getAsJsonObject() : new JsonObject();
        }
        return json.getAsJsonObject();
    }

    /** Whether the settings sit under one {@code clauselint:} key, as ServerSettings also accepts. */
    private static boolean isSection(JsonElement json) {
        return json != null && json.isJsonObject() && json.getAsJsonObject().size() == 1 && json.getAsJsonObject().has(ServerSettings.SECTION);
    }

    private static boolean listed(JsonObject settings, String ruleId) {
        for (String key : new String[] {"disable", "disabledRules"}) {
            JsonElement v = settings.get(key);
            if (v == null || v.isJsonNull()) continue;
            if (v.isJsonPrimitive() && v.getAsString().strip().equals(ruleId)) return true;
            if (v.isJsonArray()) {
                for (JsonElement x : v.getAsJsonArray()) {
                    if (x.isJsonPrimitive() && x.getAsString().strip().equals(ruleId)) return true;
                }
            }
        }
        return false;
    }

    /** The indentation of the settings under a {@code clauselint:} section. */
    private static String childIndent(String text) {
        Matcher m = INDENTED.matcher(text);
        return m.find() ? m.group(1) : "  ";
    }

    private static String withoutComment(String value) {
        int hash = value.indexOf(" #");
        return hash >= 0 ? value.substring(0, hash) : value;
    }

    /** Offset of the line break ending the line at {@code from} (the text's length on the last line). */
    private static int lineEnd(String text, int from) {
        if (from > text.length()) return text.length();
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }
}
