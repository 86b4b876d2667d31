package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.editor.ContractEditor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorRegistry;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** plugin.xml: which files are contracts, and where the Contract editor is offered. */
class EditorRegistrationTest {
    private static final String CONTRACT = "dev.clauselint.eclipse.contract";

    /** Not *.contract.txt: Eclipse matches extensions before patterns, and "Text" owns txt. */
    @ParameterizedTest
    @ValueSource(strings = {"terms.contract", "terms.contract.md", "terms.contract.html"})
    void contractFilesHaveTheContractType(String name) {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor(name);
        assertNotNull(type, name);
        assertEquals(CONTRACT, type.getId(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"terms.contract", "terms.contract.md", "terms.contract.txt", "terms.contract.html"})
    void contractFilesOpenInTheContractEditor(String name) throws Exception {
        IEditorDescriptor editor = IDE.getEditorDescriptor(name, true, false);
        assertEquals(ContractEditor.ID, editor.getId(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"terms.md", "terms.txt", "terms.html"})
    void theContractEditorIsOfferedInOpenWithForDocuments(String name) {
        IEditorRegistry registry = PlatformUI.getWorkbench().getEditorRegistry();
        assertTrue(Arrays.stream(registry.getEditors(name)).anyMatch(e -> ContractEditor.ID.equals(e.getId())), name);
    }
}
