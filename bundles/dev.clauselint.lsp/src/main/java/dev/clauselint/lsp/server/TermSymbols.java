package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.util.List;

/**
 * Defined terms as symbols, the way code editors treat identifiers: go to the definition, find
 * every use, highlight them, rename them all at once.
 */
final class TermSymbols {
    private TermSymbols() {
    }

    /** The definition, and any further definitions of the same name (the editor lists them all). */
    static List<Location> definition(Analysis a, Position p) {
        TermOccurrence here = termAt(a, p);
        if (here == null) return List.of();
        return TermOccurrence.all(a.document(), here.term()).stream().filter(TermOccurrence::defines)
                .map(o -> location(a, o)).toList();
    }

    static List<Location> references(Analysis a, Position p, boolean includeDeclaration) {
        TermOccurrence here = termAt(a, p);
        if (here == null) return List.of();
        return TermOccurrence.all(a.document(), here.term()).stream().filter(o -> includeDeclaration || !o.defines())
                .map(o -> location(a, o)).toList();
    }

    /** Definitions are where the term is written, uses where it is read, as for a variable. */
    static List<DocumentHighlight> highlights(Analysis a, Position p) {
        TermOccurrence here = termAt(a, p);
        if (here == null) return List.of();
        return TermOccurrence.all(a.document(), here.term()).stream()
                .map(o -> new DocumentHighlight(a.range(o.source()), o.defines() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
                .toList();
    }

    /** The term under the cursor with its name as the starting point; an error the editor shows for anything else. */
    static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(Analysis a, Position p) {
        TermOccurrence here = termAt(a, p);
        if (here == null) throw notATerm(a, p);
        return Either3.forSecond(new PrepareRenameResult(a.range(here.source()), here.term().name()));
    }

    static WorkspaceEdit rename(Analysis a, Position p, String newName) {
        TermOccurrence here = termAt(a, p);
        if (here == null) throw notATerm(a, p);
        return TermRename.edit(a, here.term(), newName);
    }

    private static TermOccurrence termAt(Analysis a, Position p) {
        return TermOccurrence.at(a, Cursor.offset(a, p));
    }

    private static Location location(Analysis a, TermOccurrence o) {
        return new Location(a.uri(), a.range(o.source()));
    }

    private static ResponseErrorException notATerm(Analysis a, Position p) {
        int offset = Cursor.offset(a, p);
        String why;
        if (offset == Cursor.NOWHERE) {
            why = "line " + (p == null ? "?" : p.getLine() + 1) + " is past the end of the document";
        } else {
            String word = Cursor.wordAt(a.text(), offset);
            why = word.isEmpty() ? "there is no word here" : "\"" + word + "\" is not one";
        }
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                "only defined terms can be renamed; " + why, null));
    }
}
