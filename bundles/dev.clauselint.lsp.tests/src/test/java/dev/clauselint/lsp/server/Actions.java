package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Asking for code actions and reading their edits, as an editor would. */
final class Actions {
    private Actions() {
    }

    static List<CodeAction> at(LspSession s, String uri, Range range, Diagnostic... sent) {
        CodeActionParams p = new CodeActionParams(LspSession.doc(uri), range, new CodeActionContext(List.of(sent)));
        List<CodeAction> out = new ArrayList<>();
        for (var e : LspSession.get(s.server.getTextDocumentService().codeAction(p))) {
            assertTrue(e.isRight(), "never a bare command: " + e);
            out.add(e.getRight());
        }
        return out;
    }

    static List<String> titles(List<CodeAction> actions) {
        return actions.stream().map(CodeAction::getTitle).toList();
    }

    static CodeAction titled(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseGet(() -> fail("no action \"" + title + "\" among " + titles(actions)));
    }

    static CodeAction resolve(LspSession s, CodeAction a) {
        return LspSession.get(s.server.getTextDocumentService().resolveCodeAction(a));
    }

    /** The text edits an action makes to one document, from documentChanges or changes. */
    static List<TextEdit> editsFor(CodeAction a, String uri) {
        WorkspaceEdit e = a.getEdit();
        assertNotNull(e, "action \"" + a.getTitle() + "\" has no edit");
        List<TextEdit> out = new ArrayList<>();
        if (e.getDocumentChanges() != null) {
            for (var c : e.getDocumentChanges()) {
                if (c.isLeft() && c.getLeft().getTextDocument().getUri().equals(uri)) out.addAll(c.getLeft().getEdits());
            }
        }
        if (e.getChanges() != null && e.getChanges().get(uri) != null) out.addAll(e.getChanges().get(uri));
        return out;
    }

    /** The document version a versioned edit was made for. */
    static Integer versionOf(CodeAction a, String uri) {
        for (var c : a.getEdit().getDocumentChanges()) {
            TextDocumentEdit d = c.getLeft();
            if (d != null && d.getTextDocument().getUri().equals(uri)) return d.getTextDocument().getVersion();
        }
        return fail("no edit of " + uri);
    }

    /** The document text after the action's edits. */
    static String applied(String text, CodeAction a, String uri) {
        return ContractAssert.apply(text, editsFor(a, uri));
    }
}
