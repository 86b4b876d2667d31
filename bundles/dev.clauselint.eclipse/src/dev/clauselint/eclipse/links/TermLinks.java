package dev.clauselint.eclipse.links;

import dev.clauselint.eclipse.client.ContractClient;
import dev.clauselint.eclipse.client.LspPositions;
import dev.clauselint.eclipse.syntax.ContractSyntax;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Links from each use of a defined term to its definition. LSP has no request for "all uses of
 * all terms", so the client finds the quoted definitions with the colouring rules (local, fast)
 * and asks the server, per term, for its definition and its uses; the server decides what a term
 * and a use are.
 */
final class TermLinks {
    /** A quoted term: where to ask about it. */
    record Query(String name, Position position) {
    }

    /** The server's answer for one term. */
    record Answer(String name, List<? extends Location> definitions, List<? extends Location> uses) {
    }

    private TermLinks() {
    }

    /** UI thread: one query per distinct quoted term of the text. */
    static List<Query> queries(IDocument document) {
        Map<String, Query> byName = new LinkedHashMap<>();
        try {
            for (int line = 0; line < document.getNumberOfLines(); line++) {
                IRegion r = document.getLineInformation(line);
                String text = document.get(r.getOffset(), r.getLength());
                for (ContractSyntax.Span s : ContractSyntax.scan(text)) {
                    if (s.kind() != ContractSyntax.Kind.DEFINED_TERM) continue;
                    String name = text.substring(s.start() + 1, s.start() + s.length() - 1);
                    byName.putIfAbsent(name, new Query(name, new Position(line, s.start() + 1)));
                }
            }
        } catch (BadLocationException e) {
            // cannot happen on the UI thread, where the document changes
        }
        return new ArrayList<>(byName.values());
    }

    /** Queues both requests on the outbox; completes when both are answered. */
    static CompletableFuture<Answer> request(ContractClient client, TextDocumentIdentifier id, Query q) {
        CompletableFuture<List<? extends Location>> definitions = client
                .request(server -> server.getTextDocumentService().definition(new DefinitionParams(id, q.position())))
                .thenApply(d -> d == null ? List.of() : d.isLeft() ? d.getLeft() : List.of());
        CompletableFuture<List<? extends Location>> uses = client
                .request(server -> server.getTextDocumentService().references(new ReferenceParams(id, q.position(), new ReferenceContext(false))));
        return definitions.thenCombine(uses, (d, u) -> new Answer(q.name(), d, u == null ? List.of() : u));
    }

    /** UI thread, on the text the answer was computed for: each use leads to the first definition. */
    static List<Link> resolve(IDocument document, String uri, Answer answer) {
        List<Link> out = new ArrayList<>();
        Location definition = answer.definitions().stream().filter(l -> uri.equals(l.getUri())).findFirst().orElse(null);
        if (definition == null) return out;
        try {
            int targetStart = LspPositions.offset(document, definition.getRange().getStart());
            int targetEnd = LspPositions.offset(document, definition.getRange().getEnd());
            for (Location use : answer.uses()) {
                if (!uri.equals(use.getUri())) continue;
                int start = LspPositions.offset(document, use.getRange().getStart());
                int end = LspPositions.offset(document, use.getRange().getEnd());
                out.add(new Link(start, end - start, targetStart, targetEnd - targetStart, "Go to the definition of \"" + answer.name() + "\""));
            }
        } catch (BadLocationException e) {
            // the text moved on; the next review brings fresh links
        }
        return out;
    }
}
