package dev.clauselint.eclipse.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Clauselint. Saving the page changes the preference store, and the
 * client tells the server at once (didChangeConfiguration), so open contracts are reviewed again.
 * A workspace's {@code .clauselint.yaml} still wins over these, as in every editor.
 */
public final class ClauselintPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public ClauselintPreferencePage() {
        super(GRID);
        setDescription("How Clauselint reviews contracts. Changes apply to open contracts at once.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ClauselintPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        SettingsFields.create(getFieldEditorParent()).forEach(this::addField);
    }
}
