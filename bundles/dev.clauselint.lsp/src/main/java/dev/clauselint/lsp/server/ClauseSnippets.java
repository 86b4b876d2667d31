package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Alternative;
import dev.clauselint.core.playbook.Rule;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The playbook's balanced wordings as clauses to type in: on an empty line every one, otherwise
 * those whose label starts with what the line holds so far ("clause: commit" or just "commit").
 * The wording comes filled in with the contract's own names for the parties and the content.
 */
final class ClauseSnippets {
    static final String LABEL_PREFIX = "clause: ";

    private ClauseSnippets() {
    }

    static List<CompletionItem> items(Analysis a, int cursor, int limit) {
        int line = a.mapper().line(cursor);
        int lineStart = a.mapper().lineStart(line);
        String soFar = a.text().substring(lineStart, cursor);
        String typed = soFar.stripLeading();
        Range replaced = new Range(a.position(cursor - typed.length()), a.position(cursor));
        String wanted = typed.toLowerCase(Locale.ROOT);
        ContractDocument d = a.document();
        List<CompletionItem> items = new ArrayList<>();
        for (Rule rule : a.setup().playbook().rules()) {
            for (Alternative alt : rule.alternatives()) {
                if (items.size() >= limit) return items;
                String label = LABEL_PREFIX + alt.label();
                String filter = label.toLowerCase(Locale.ROOT).startsWith(wanted) ? label
                        : alt.label().toLowerCase(Locale.ROOT).startsWith(wanted) ? alt.label() : null;
                if (filter == null) continue;
                String clause = SourceText.literal(d.format(), d.parties().names().fill(alt.text()));
                items.add(item(rule, label, filter, clause, replaced));
            }
        }
        return items;
    }

    private static CompletionItem item(Rule rule, String label, String filter, String clause, Range replaced) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(CompletionItemKind.Snippet);
        item.setDetail(rule.id());
        item.setDocumentation(rule.message());
        // plain text: a "$" in a clause is money, not a snippet tab stop
        item.setInsertTextFormat(InsertTextFormat.PlainText);
        item.setTextEdit(Either.forLeft(new TextEdit(replaced, clause)));
        item.setFilterText(filter);
        item.setSortText("1 " + label);
        return item;
    }
}
