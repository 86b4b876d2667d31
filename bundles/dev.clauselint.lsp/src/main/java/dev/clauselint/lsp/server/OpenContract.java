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
    /**
     * One version of the text, safe to hand to other threads.
     *
     * @param mapper line index of {@code text}
     * @param edit   the single edit that made this version from the previous one, or null when the
     *               change was anything else (several ranges, the whole text, the first version)
     */
    record Snapshot(String uri, String languageId, int version, String text, PositionMapper mapper, Edit edit) {
        Snapshot(String uri, String languageId, int version, String text) {
            this(uri, languageId, version, text, new PositionMapper(text), null);
        }
    }

    /** Source {@code [start, oldEnd)} of version {@code fromVersion} was replaced by {@code inserted}. */
    record Edit(int fromVersion, int start, int oldEnd, String inserted) {
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
        Snapshot old = snapshot;
        String text = old.text();
        PositionMapper mapper = old.mapper();
        Edit edit = null;
        for (int i = 0; i < changes.size(); i++) {
            TextDocumentContentChangeEvent c = changes.get(i);
            String inserted = c.getText() == null ? "" : c.getText();
            Range r = c.getRange();
            if (r == null) {
                text = inserted;
                mapper = null;
                continue;
            }
            if (mapper == null) mapper = new PositionMapper(text);
            int start = mapper.offset(r.getStart().getLine(), r.getStart().getCharacter());
            int end = mapper.offset(r.getEnd().getLine(), r.getEnd().getCharacter());
            if (end < start) {
                int t = start;
                start = end;
                end = t;
            }
            if (changes.size() == 1) edit = new Edit(old.version(), start, end, inserted);
            text = text.substring(0, start) + inserted + text.substring(end);
            mapper = null;
        }
        snapshot = new Snapshot(uri, languageId, version, text, new PositionMapper(text), edit);
    }
}
