package dev.clauselint.eclipse.preferences;

import dev.clauselint.eclipse.ClauselintPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * A project's own Clauselint settings (Project > Properties > Clauselint), kept in the project
 * scope so they are shared with the project in its {@code .settings} folder.
 */
public final class ProjectSettings {
    /** Whether the project's own settings replace the workspace's. */
    public static final String ENABLED = "projectSpecific";

    private ProjectSettings() {
    }

    /** The project's store; its defaults are the workspace defaults, so enabling changes nothing until edited. */
    public static IPreferenceStore store(IProject project) {
        ScopedPreferenceStore s = new ScopedPreferenceStore(new ProjectScope(project), ClauselintPlugin.ID);
        ClauselintPreferences.setDefaults(s);
        s.setDefault(ENABLED, false);
        return s;
    }

    /** The store a contract in this project is reviewed with. */
    static IPreferenceStore effectiveStore(IProject project) {
        IPreferenceStore own = store(project);
        return own.getBoolean(ENABLED) ? own : ClauselintPreferences.store();
    }
}
