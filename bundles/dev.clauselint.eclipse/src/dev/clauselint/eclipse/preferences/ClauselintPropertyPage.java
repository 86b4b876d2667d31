package dev.clauselint.eclipse.preferences;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import java.io.IOException;

/**
 * Project > Properties > Clauselint: the preference page's fields, stored in the project scope
 * and used instead of the workspace preferences when "Enable project-specific settings" is on.
 */
public final class ClauselintPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {
    private IProject project;

    public ClauselintPropertyPage() {
        super(GRID);
        setDescription("Settings for the contracts in this project (kept in its .settings folder).");
    }

    @Override
    public IAdaptable getElement() {
        return project;
    }

    @Override
    public void setElement(IAdaptable element) {
        project = element.getAdapter(IProject.class);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return ProjectSettings.store(project);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(ProjectSettings.ENABLED, "Enable project-specific settings", getFieldEditorParent()));
        SettingsFields.create(getFieldEditorParent()).forEach(this::addField);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // a property page's store is not saved by the dialog, and the build must read the new values
        try {
            ((ScopedPreferenceStore) getPreferenceStore()).save();
        } catch (IOException e) {
            setErrorMessage("Could not save the project settings: " + e.getMessage());
            return false;
        }
        ProjectSettingsChange.apply(project);
        return ok;
    }
}
