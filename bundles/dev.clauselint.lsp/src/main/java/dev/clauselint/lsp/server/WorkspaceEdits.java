package dev.clauselint.lsp.server;

import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workspace edits in the shape the editor understands: versioned {@code documentChanges} when it
 * says it can apply them (so a stale edit is refused instead of garbling the text), else plain
 * {@code changes}.
 */
final class WorkspaceEdits {
    private WorkspaceEdits() {
    }

    /** Edits to an open contract, tied to the version they were computed on where the editor allows it. */
    static WorkspaceEdit forDocument(ClientCapabilities caps, String uri, int version, List<TextEdit> edits) {
        if (!documentChanges(caps)) return new WorkspaceEdit(Map.of(uri, edits));
        TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits);
        return new WorkspaceEdit(List.of(Either.<TextDocumentEdit, ResourceOperation>forLeft(edit)));
    }

    /**
     * One edit to a file on disk that may not exist yet ({@code text} is then ""). Null when the
     * editor cannot create files through edits and the file is missing: the caller falls back on
     * a server command.
     */
    static WorkspaceEdit forFile(ClientCapabilities caps, Path file, String text, boolean exists, dev.clauselint.core.review.TextEdit change) {
        String uri = file.toUri().toString();
        PositionMapper m = new PositionMapper(text);
        PositionMapper.Position start = m.position(change.span().start());
        PositionMapper.Position end = m.position(change.span().end());
        TextEdit edit = new TextEdit(new Range(new Position(start.line(), start.character()), new Position(end.line(), end.character())), change.newText());
        if (!documentChanges(caps)) return exists ? new WorkspaceEdit(Map.of(uri, List.of(edit))) : null;
        List<Either<TextDocumentEdit, ResourceOperation>> ops = new ArrayList<>();
        if (!exists) {
            if (!canCreateFiles(caps)) return null;
            CreateFileOptions keep = new CreateFileOptions(false, true);
            ops.add(Either.forRight(new CreateFile(uri, keep)));
        }
        // a file that is not open has no version the editor could check: null means "as it is now"
        ops.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null), List.of(edit))));
        return new WorkspaceEdit(ops);
    }

    static boolean documentChanges(ClientCapabilities caps) {
        var ws = caps == null ? null : caps.getWorkspace();
        return ws != null && ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
    }

    private static boolean canCreateFiles(ClientCapabilities caps) {
        var ws = caps.getWorkspace();
        List<String> ops = ws.getWorkspaceEdit().getResourceOperations();
        return ops != null && ops.contains("create");
    }
}
