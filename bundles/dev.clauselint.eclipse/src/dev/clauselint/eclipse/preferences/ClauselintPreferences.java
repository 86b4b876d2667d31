package dev.clauselint.eclipse.preferences;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.clauselint.eclipse.ClauselintPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import java.util.Arrays;
import java.util.List;

/**
 * The Clauselint preferences (Window > Preferences > Clauselint), kept in the bundle's instance
 * scope, and their translation into the server's {@code clauselint} settings section, which the
 * client hands out when the server asks (workspace/configuration).
 */
public final class ClauselintPreferences {
    public static final String PERSPECTIVE = "perspective";
    public static final String PLAYBOOKS = "playbooks";
    public static final String DISABLED_RULES = "disabledRules";
    public static final String MINIMUM_SEVERITY = "minimumSeverity";
    public static final String SEVERITY_OVERRIDES = "severityOverrides";

    private static ScopedPreferenceStore store;

    private ClauselintPreferences() {
    }

    /** The bundle's preference store; safe to read from any thread. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ClauselintPlugin.ID);
            setDefaults(store);
        }
        return store;
    }

    /** The server's defaults, so that an untouched preference page changes nothing. */
    static void setDefaults(IPreferenceStore s) {
        s.setDefault(PERSPECTIVE, "customer");
        s.setDefault(PLAYBOOKS, "");
        s.setDefault(DISABLED_RULES, "");
        s.setDefault(MINIMUM_SEVERITY, "note");
        s.setDefault(SEVERITY_OVERRIDES, "");
    }

    /** The workspace's {@code clauselint} settings section as the server reads it (see the server's ServerSettings). */
    public static JsonObject settings() {
        return settings(store());
    }

    /** The settings a contract in this project is reviewed with: its own when enabled, else the workspace's. */
    public static JsonObject settings(IProject project) {
        return project == null ? settings() : settings(ProjectSettings.effectiveStore(project));
    }

    /** The settings section from a store holding the keys above (the workspace's or a project's). */
    static JsonObject settings(IPreferenceStore s) {
        JsonObject out = new JsonObject();
        out.addProperty("perspective", s.getString(PERSPECTIVE));
        out.addProperty("minimumSeverity", s.getString(MINIMUM_SEVERITY));
        out.add("playbooks", array(split(s.getString(PLAYBOOKS), "[;\\n]")));
        out.add("disable", array(split(s.getString(DISABLED_RULES), "[,\\s]")));
        JsonObject severity = new JsonObject();
        // "rule.id=high, other.rule=low"; a malformed entry is passed on so the server reports it
        for (String entry : split(s.getString(SEVERITY_OVERRIDES), "[,\\n]")) {
            int eq = entry.indexOf('=');
            if (eq > 0) severity.addProperty(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            else severity.addProperty(entry, "");
        }
        out.add("severity", severity);
        return out;
    }

    private static List<String> split(String value, String separators) {
        return Arrays.stream(value.split(separators)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
