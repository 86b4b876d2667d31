package dev.clauselint.eclipse.preferences;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import java.io.IOException;
import java.util.List;

/**
 * Project > Properties > Clauselint: the preference page's fields, stored in the project scope
 * and used instead of the workspace preferences when "Enable project-specific settings" is on.
 */
public final class ClauselintPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {
    private IProject project;
    private BooleanFieldEditor enabled;
    private List<FieldEditor> fields;

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
        enabled = new BooleanFieldEditor(ProjectSettings.ENABLED, "Enable project-specific settings", getFieldEditorParent());
        addField(enabled);
        fields = SettingsFields.create(getFieldEditorParent());
        fields.forEach(this::addField);
    }

    @Override
    protected void initialize() {
        super.initialize();
        enableFields();
    }

    @Override
    protected void performDefaults() {
        super.performDefaults();
        enableFields();
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getSource() == enabled) enableFields();
    }

    /** Greyed out while the workspace settings apply, as in Eclipse's own project property pages. */
    private void enableFields() {
        boolean on = enabled.getBooleanValue();
        fields.forEach(f -> f.setEnabled(on, getFieldEditorParent()));
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
