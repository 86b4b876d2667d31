package dev.clauselint.eclipse.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Clauselint. Saving the page changes the preference store, and the
 * client tells the server at once (didChangeConfiguration), so open contracts are reviewed again.
 * A workspace's {@code .clauselint.yaml} still wins over these, as in every editor.
 */
public final class ClauselintPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    private static final String[][] SEVERITIES = {
            {"Notes and above (everything)", "note"}, {"Low and above", "low"}, {"Medium and above", "medium"}, {"High only", "high"}};

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
        addField(new RadioGroupFieldEditor(ClauselintPreferences.PERSPECTIVE, "Review as the", 1, new String[][] {
                {"Customer (you buy the AI service)", "customer"}, {"Vendor (you provide it)", "vendor"}}, getFieldEditorParent(), true));
        addField(new ComboFieldEditor(ClauselintPreferences.MINIMUM_SEVERITY, "Show findings:", SEVERITIES, getFieldEditorParent()));
        addField(new StringFieldEditor(ClauselintPreferences.PLAYBOOKS, "Extra playbooks (paths, separated by ;):", getFieldEditorParent()));
        addField(new StringFieldEditor(ClauselintPreferences.DISABLED_RULES, "Disabled rules (ids, separated by commas):", getFieldEditorParent()));
        addField(new StringFieldEditor(ClauselintPreferences.SEVERITY_OVERRIDES, "Severity overrides (rule.id=high, other.rule=low):", getFieldEditorParent()));
    }
}
