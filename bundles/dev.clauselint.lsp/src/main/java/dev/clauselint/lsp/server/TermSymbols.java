package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;

import java.util.List;

/** Defined terms as symbols: definition, references, highlight, rename. TODO(helper B). */
final class TermSymbols {
    private TermSymbols() {
    }

    static List<Location> definition(Analysis a, Position p) {
        return List.of();
    }

    static List<Location> references(Analysis a, Position p, boolean includeDeclaration) {
        return List.of();
    }

    static List<DocumentHighlight> highlights(Analysis a, Position p) {
        return List.of();
    }

    static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(Analysis a, Position p) {
        return null;
    }

    static WorkspaceEdit rename(Analysis a, Position p, String newName) {
        return null;
    }
}
