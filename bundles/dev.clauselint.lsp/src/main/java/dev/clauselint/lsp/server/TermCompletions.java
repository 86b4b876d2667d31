package dev.clauselint.lsp.server;

import dev.clauselint.core.model.DefinedTerm;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Offers the contract's defined terms while the drafter types one: after a capital letter
 * ("Customer Co" offers "Customer Content") or after an opening quote. Terms run over several
 * words, so the typed prefix may too; the longest prefix that fits a term is the one replaced.
 */
final class TermCompletions {
    /** Words of the definition shown next to each term. */
    private static final int DETAIL_WORDS = 8;
    /** How far back a typed prefix may reach: a term has at most six words. */
    private static final int MAX_PREFIX_WORDS = 6;
    private static final int MAX_PREFIX_CHARS = 60;

    private TermCompletions() {
    }

    static List<CompletionItem> items(Analysis a, int cursor, int limit) {
        List<Integer> starts = prefixStarts(a.text(), cursor);
        if (starts.isEmpty()) return List.of();
        List<String> typed = starts.stream().map(s -> a.text().substring(s, cursor).toLowerCase(Locale.ROOT)).toList();
        List<CompletionItem> items = new ArrayList<>();
        for (DefinedTerm t : a.document().terms()) {
            if (items.size() >= limit) break;
            String name = t.name().toLowerCase(Locale.ROOT);
            for (int k = 0; k < starts.size(); k++) { // longest prefix first
                if (name.startsWith(typed.get(k))) {
                    items.add(item(a, t, new Range(a.position(starts.get(k)), a.position(cursor))));
                    break;
                }
            }
        }
        return items;
    }

    /**
     * Where a term being typed could start, longest first: at each of the last few words that
     * begins with a capital letter or digit, and right after an opening quote (where an empty
     * prefix offers every term).
     */
    static List<Integer> prefixStarts(String text, int cursor) {
        List<Integer> starts = new ArrayList<>();
        int i = cursor;
        if (spaceAfterWord(text, i)) i--; // "Customer |" still completes to "Customer Content"
        int earliest = cursor;
        for (int words = 0; words < MAX_PREFIX_WORDS; words++) {
            int w = i;
            while (w > 0 && isWordChar(text.charAt(w - 1))) w--;
            if (w == i || cursor - w > MAX_PREFIX_CHARS) break;
            earliest = w;
            if (Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w))) starts.add(0, w);
            if (!spaceAfterWord(text, w)) break;
            i = w - 1;
        }
        if (isOpeningQuote(text, earliest) && !starts.contains(earliest)) starts.add(0, earliest);
        return starts;
    }

    private static boolean spaceAfterWord(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ' ' && isWordChar(text.charAt(i - 2));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean isOpeningQuote(String text, int afterQuote) {
        if (afterQuote == 0) return false;
        char q = text.charAt(afterQuote - 1);
        if (q == '\u201C' || q == '\u2018') return true;
        // a straight quote opens when it follows a space, a bracket or the start of a line
        return q == '"' && (afterQuote == 1 || " \t\n([{*_".indexOf(text.charAt(afterQuote - 2)) >= 0);
    }

    private static CompletionItem item(Analysis a, DefinedTerm t, Range typed) {
        String definition = a.document().text(t.sentence()).strip().replaceAll("\\s+", " ");
        CompletionItem item = new CompletionItem(t.name());
        item.setKind(CompletionItemKind.Reference);
        item.setDetail(firstWords(definition));
        item.setDocumentation(definition);
        item.setTextEdit(Either.forLeft(new TextEdit(typed, SourceText.literal(a.document().format(), t.name()))));
        item.setFilterText(t.name());
        item.setSortText("0 " + t.name());
        return item;
    }

    private static String firstWords(String sentence) {
        String[] words = sentence.split(" ");
        if (words.length <= DETAIL_WORDS) return sentence;
        return String.join(" ", List.of(words).subList(0, DETAIL_WORDS)) + " \u2026";
    }
}
