package dev.clauselint.eclipse.editor;

import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;

import java.util.Locale;

/**
 * Makes the Contract editor the default for {@code *.contract.<format>} names even when another
 * content type wins the name. Eclipse matches file extensions before file patterns, so
 * {@code terms.contract.txt} is "Text" (it owns {@code txt}), and the same would happen to
 * {@code .md} or {@code .html} once a Markdown or HTML plug-in is installed.
 */
public final class ContractEditorAssociation implements IEditorAssociationOverride {
    static boolean isContractName(String name) {
        if (name == null) return false;
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".contract") || n.endsWith(".contract.md") || n.endsWith(".contract.txt") || n.endsWith(".contract.html");
    }

    @Override
    public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType type, IEditorDescriptor[] editors) {
        return editors;
    }

    @Override
    public IEditorDescriptor[] overrideEditors(String fileName, IContentType type, IEditorDescriptor[] editors) {
        return editors;
    }

    @Override
    public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType type, IEditorDescriptor editor) {
        return overrideDefaultEditor(input == null ? null : input.getName(), type, editor);
    }

    @Override
    public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType type, IEditorDescriptor editor) {
        if (!isContractName(fileName)) return editor;
        IEditorDescriptor contract = PlatformUI.getWorkbench().getEditorRegistry().findEditor(ContractEditor.ID);
        return contract != null ? contract : editor;
    }
}
