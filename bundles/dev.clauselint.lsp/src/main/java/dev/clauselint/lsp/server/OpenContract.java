package dev.clauselint.lsp.server;

import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

import java.util.List;

/**
 * A contract the editor has open: its text as the editor holds it, and the version the editor gave
 * it. Changes arrive as ranges (incremental sync) or as the whole text. Only the message thread
 * changes it; readers take an immutable {@link Snapshot}.
 */
final class OpenContract {
    /** One version of the text, safe to hand to other threads. */
    record Snapshot(String uri, String languageId, int version, String text) {
    }

    private final String uri;
    private final String languageId;
    private volatile Snapshot snapshot;

    OpenContract(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.languageId = languageId == null ? "" : languageId;
        this.snapshot = new Snapshot(uri, this.languageId, version, text);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    String uri() {
        return uri;
    }

    /**
     * Applies the editor's changes in order. A range outside the text is clamped to it (the LSP
     * rule for positions past a line's end), so a confused client cannot corrupt the document.
     */
    void apply(int version, List<TextDocumentContentChangeEvent> changes) {
        String text = snapshot.text();
        for (TextDocumentContentChangeEvent c : changes) {
            String inserted = c.getText() == null ? "" : c.getText();
            Range r = c.getRange();
            if (r == null) {
                text = inserted;
                continue;
            }
            PositionMapper m = new PositionMapper(text);
            int start = m.offset(r.getStart().getLine(), r.getStart().getCharacter());
            int end = m.offset(r.getEnd().getLine(), r.getEnd().getCharacter());
            if (end < start) {
                int t = start;
                start = end;
                end = t;
            }
            text = text.substring(0, start) + inserted + text.substring(end);
        }
        snapshot = new Snapshot(uri, languageId, version, text);
    }
}
