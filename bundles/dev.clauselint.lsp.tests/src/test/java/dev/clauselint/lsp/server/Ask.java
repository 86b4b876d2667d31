package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.doc;
import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.LspSession.pos;

/** The editor's questions about a position, asked over the wire and waited for. */
final class Ask {
    private Ask() {
    }

    static Hover hover(LspSession s, String uri, int line, int character) {
        return get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), pos(line, character))));
    }

    static List<? extends Location> definition(LspSession s, String uri, int line, int character) {
        return get(s.server.getTextDocumentService().definition(new DefinitionParams(doc(uri), pos(line, character)))).getLeft();
    }

    static List<? extends Location> references(LspSession s, String uri, int line, int character, boolean withDeclaration) {
        return get(s.server.getTextDocumentService().references(
                new ReferenceParams(doc(uri), pos(line, character), new ReferenceContext(withDeclaration))));
    }

    static List<? extends DocumentHighlight> highlights(LspSession s, String uri, int line, int character) {
        return get(s.server.getTextDocumentService().documentHighlight(new DocumentHighlightParams(doc(uri), pos(line, character))));
    }

    static PrepareRenameResult prepareRename(LspSession s, String uri, int line, int character) {
        return get(s.server.getTextDocumentService().prepareRename(new PrepareRenameParams(doc(uri), pos(line, character)))).getSecond();
    }

    /** The edits of a rename to this document. */
    static List<TextEdit> rename(LspSession s, String uri, int line, int character, String newName) {
        WorkspaceEdit edit = get(s.server.getTextDocumentService().rename(new RenameParams(doc(uri), pos(line, character), newName)));
        return edit.getChanges().get(uri);
    }

    static CompletionList completion(LspSession s, String uri, int line, int character) {
        return get(s.server.getTextDocumentService().completion(new CompletionParams(doc(uri), pos(line, character)))).getRight();
    }

    /** "line:start-end" for ranges on one line, "l1:c1-l2:c2" otherwise: short to compare in assertions. */
    static String show(Range r) {
        var a = r.getStart();
        var b = r.getEnd();
        return a.getLine() == b.getLine() ? a.getLine() + ":" + a.getCharacter() + "-" + b.getCharacter()
                : a.getLine() + ":" + a.getCharacter() + "-" + b.getLine() + ":" + b.getCharacter();
    }

    static List<String> ranges(List<? extends Location> locations) {
        List<String> out = new ArrayList<>();
        for (Location l : locations) out.add(show(l.getRange()));
        return out;
    }
}
