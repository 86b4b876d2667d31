package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import dev.clauselint.eclipse.preferences.ClauselintPreferencePage;
import dev.clauselint.eclipse.preferences.ClauselintPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Preferences reach the server at once: the open contract's findings change without touching it. */
class ContractPreferencesTest extends WorkbenchTest {
    /** A missing protection the small contract is flagged for at medium severity. */
    private static final String MEDIUM_RULE = "missing.dpa";

    @AfterEach
    void restoreDefaults() {
        ClauselintPreferences.store().setToDefault(ClauselintPreferences.MINIMUM_SEVERITY);
    }

    @Test
    void minimumSeverityHighRemovesTheMediumFindings() throws Exception {
        IFile file = project.file("preferences.contract.md", SMALL);
        IDE.openEditor(page, file, ContractEditor.ID);
        UiWait.until("a " + TRAINING_RULE + " marker", () -> ContractProject.marker(file, TRAINING_RULE));
        UiWait.until("a medium " + MEDIUM_RULE + " marker", () -> ContractProject.marker(file, MEDIUM_RULE));

        IPreferenceStore preferences = ClauselintPreferences.store();
        preferences.setValue(ClauselintPreferences.MINIMUM_SEVERITY, "high");

        // both at once: a marker update in progress could show neither for a moment
        UiWait.until("no medium markers left and the high one kept",
                () -> ContractProject.count(file, "medium") == 0 && ContractProject.marker(file, TRAINING_RULE) != null);

        preferences.setToDefault(ClauselintPreferences.MINIMUM_SEVERITY);
        UiWait.until("the medium findings back", () -> ContractProject.marker(file, MEDIUM_RULE));
    }

    @Test
    void thePreferencePageIsUnderWindowPreferences() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                page.getWorkbenchWindow().getShell(), "dev.clauselint.eclipse.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertInstanceOf(ClauselintPreferencePage.class, dialog.getSelectedPage());
        } finally {
            dialog.close();
        }
    }
}
