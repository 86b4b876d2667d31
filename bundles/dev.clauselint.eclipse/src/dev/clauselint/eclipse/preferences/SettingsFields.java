package dev.clauselint.eclipse.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import java.util.List;

/**
 * The Clauselint settings fields, shared by the preference page (workspace) and the property
 * page (a project), so both edit the same keys with the same labels.
 */
final class SettingsFields {
    private static final String[][] SEVERITIES = {
            {"Notes and above (everything)", "note"}, {"Low and above", "low"}, {"Medium and above", "medium"}, {"High only", "high"}};

    private SettingsFields() {
    }

    static List<FieldEditor> create(Composite parent) {
        return List.of(
                new RadioGroupFieldEditor(ClauselintPreferences.PERSPECTIVE, "Review as the", 1, new String[][] {
                        {"Customer (you buy the AI service)", "customer"}, {"Vendor (you provide it)", "vendor"}}, parent, true),
                new ComboFieldEditor(ClauselintPreferences.MINIMUM_SEVERITY, "Show findings:", SEVERITIES, parent),
                new StringFieldEditor(ClauselintPreferences.PLAYBOOKS, "Extra playbooks (paths, separated by ;):", parent),
                new StringFieldEditor(ClauselintPreferences.DISABLED_RULES, "Disabled rules (ids, separated by commas):", parent),
                new StringFieldEditor(ClauselintPreferences.SEVERITY_OVERRIDES, "Severity overrides (rule.id=high, other.rule=low):", parent));
    }
}
