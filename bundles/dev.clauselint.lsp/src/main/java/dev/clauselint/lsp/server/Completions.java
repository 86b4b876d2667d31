package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;

import java.util.ArrayList;
import java.util.List;

/** Completion of defined terms and of clause snippets from the playbook, terms first. */
final class Completions {
    /** Enough for every term and clause a contract needs; keeps the answer small and quick. */
    static final int MAX_ITEMS = 100;

    private Completions() {
    }

    static CompletionList complete(Analysis a, Position p, ClientCapabilities caps) {
        int cursor = Cursor.offset(a, p);
        if (cursor == Cursor.NOWHERE) return new CompletionList(false, List.of());
        List<CompletionItem> items = new ArrayList<>(TermCompletions.items(a, cursor, MAX_ITEMS));
        items.addAll(ClauseSnippets.items(a, cursor, MAX_ITEMS - items.size()));
        // a full list may have left some out: the editor should ask again as the drafter types
        return new CompletionList(items.size() >= MAX_ITEMS, items);
    }
}
