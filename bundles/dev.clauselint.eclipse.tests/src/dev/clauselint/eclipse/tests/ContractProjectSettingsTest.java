package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.builder.ContractNature;
import dev.clauselint.eclipse.preferences.ClauselintPreferences;
import dev.clauselint.eclipse.preferences.ClauselintPropertyPage;
import dev.clauselint.eclipse.preferences.ProjectSettings;
import dev.clauselint.eclipse.preferences.ProjectSettingsChange;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.clauselint.eclipse.tests.ContractProject.SMALL;
import static dev.clauselint.eclipse.tests.ContractProject.TRAINING_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Project > Properties > Clauselint: a project's own settings replace the workspace's for its contracts. */
class ContractProjectSettingsTest extends WorkbenchTest {
    private static final String MEDIUM_RULE = "missing.dpa";

    @BeforeEach
    void addNature() throws CoreException {
        ContractNature.addTo(project.project(), null);
    }

    @Test
    void projectMinimumSeverityHidesMediumFindingsUntilTurnedOff() throws Exception {
        assertEquals("note", ClauselintPreferences.store().getString(ClauselintPreferences.MINIMUM_SEVERITY));
        IFile closed = project.file("closed.contract.md", SMALL);
        IFile edited = project.file("edited.contract.md", SMALL);
        openInContractEditor(edited);
        ProjectSettingsChange.apply(project.project());
        UiWait.until("medium findings with the workspace settings",
                () -> ContractProject.marker(closed, MEDIUM_RULE) != null && ContractProject.marker(edited, MEDIUM_RULE) != null);

        IPreferenceStore own = ProjectSettings.store(project.project());
        own.setValue(ProjectSettings.ENABLED, true);
        own.setValue(ClauselintPreferences.MINIMUM_SEVERITY, "high");
        ((ScopedPreferenceStore) own).save();
        ProjectSettingsChange.apply(project.project());
        // both at once: a marker update in progress could show neither for a moment
        UiWait.until("no medium markers in the project and the high ones kept",
                () -> ContractProject.count(project.project(), "medium") == 0 && ContractProject.marker(closed, TRAINING_RULE) != null
                        && ContractProject.marker(edited, TRAINING_RULE) != null);
        assertEquals("note", ClauselintPreferences.store().getString(ClauselintPreferences.MINIMUM_SEVERITY));

        own.setValue(ProjectSettings.ENABLED, false);
        ((ScopedPreferenceStore) own).save();
        ProjectSettingsChange.apply(project.project());
        UiWait.until("the medium findings back once project-specific settings are off",
                () -> ContractProject.marker(closed, MEDIUM_RULE) != null && ContractProject.marker(edited, MEDIUM_RULE) != null);
    }

    @Test
    void aContractOpenedInTheProjectIsReviewedWithItsSettings() throws Exception {
        IPreferenceStore own = ProjectSettings.store(project.project());
        own.setValue(ProjectSettings.ENABLED, true);
        own.setValue(ClauselintPreferences.MINIMUM_SEVERITY, "high");
        ((ScopedPreferenceStore) own).save();
        IFile edited = project.file("opened.contract.md", SMALL);
        openInContractEditor(edited);
        UiWait.until("the high finding and no medium ones in the editor",
                () -> ContractProject.marker(edited, TRAINING_RULE) != null && ContractProject.count(edited, "medium") == 0);
    }

    @Test
    void thePropertyPageIsUnderProjectProperties() {
        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(
                page.getWorkbenchWindow().getShell(), project.project(), "dev.clauselint.eclipse.projectProperties", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertInstanceOf(ClauselintPropertyPage.class, dialog.getSelectedPage());
        } finally {
            dialog.close();
        }
    }
}
