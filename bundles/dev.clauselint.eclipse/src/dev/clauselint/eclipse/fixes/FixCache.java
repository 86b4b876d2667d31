package dev.clauselint.eclipse.fixes;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import dev.clauselint.eclipse.markers.ClauselintMarkers;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quick fixes of each open document's current findings, fetched right after its markers
 * are updated. Eclipse asks for marker resolutions and quick assists on the UI thread and wants
 * the answer at once; answering from here means it never waits on the server. Edits in the
 * cache are tied to the document version they were computed on, and the applier refuses them
 * once the text has moved on (the next publish refreshes the cache).
 */
public final class FixCache {
    private record Entry(int version, Map<String, List<CodeAction>> byFinding) {
    }

    private final Map<String, Entry> byUri = new ConcurrentHashMap<>();

    /** Asks the server for the fixes of these findings; returns at once. */
    public void refresh(ContractClient client, DocumentSync sync, PublishDiagnosticsParams params) {
        String uri = sync.uri();
        int version = params.getVersion() != null ? params.getVersion() : sync.version();
        List<Diagnostic> findings = params.getDiagnostics();
        if (findings.isEmpty()) {
            store(uri, new Entry(version, Map.of()));
            return;
        }
        // one request for all findings: a range over all of them, and each one in the context
        CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(new Position(0, 0), lastEnd(findings)), new CodeActionContext(findings, List.of(CodeActionKind.QuickFix)));
        client.request(s -> s.getTextDocumentService().codeAction(request))
                .thenAccept(actions -> store(uri, new Entry(version, index(actions))))
                .exceptionally(e -> {
                    ClauselintPlugin.log("Clauselint: could not get the quick fixes of " + uri, e);
                    return null;
                });
    }

    /** The actions for one finding, by its key ({@link ClauselintMarkers#fixKey}); empty while not known. */
    public List<CodeAction> actions(String uri, String findingKey) {
        Entry e = byUri.get(uri);
        if (e == null) return List.of();
        return e.byFinding().getOrDefault(findingKey, List.of());
    }

    public void forget(String uri) {
        byUri.remove(uri);
    }

    /** Keeps the newest: an answer for an older version that arrives late does not replace it. */
    private void store(String uri, Entry entry) {
        byUri.merge(uri, entry, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    private static Map<String, List<CodeAction>> index(List<Either<Command, CodeAction>> actions) {
        Map<String, List<CodeAction>> out = new HashMap<>();
        if (actions == null) return out;
        for (Either<Command, CodeAction> either : actions) {
            if (!either.isRight() || either.getRight().getDiagnostics() == null) continue;
            CodeAction action = either.getRight();
            for (Diagnostic d : action.getDiagnostics()) {
                out.computeIfAbsent(key(d), k -> new ArrayList<>()).add(action);
            }
        }
        return out;
    }

    /** The same key {@link ClauselintMarkers#fixKey} reads back from a marker. */
    static String key(Diagnostic d) {
        return ClauselintMarkers.ruleId(d) + "@" + LspPositions.key(d.getRange());
    }

    private static Position lastEnd(List<Diagnostic> findings) {
        Position last = new Position(0, 0);
        for (Diagnostic d : findings) {
            Position p = d.getRange().getEnd();
            if (p.getLine() > last.getLine() || p.getLine() == last.getLine() && p.getCharacter() > last.getCharacter()) last = p;
        }
        return last;
    }
}
