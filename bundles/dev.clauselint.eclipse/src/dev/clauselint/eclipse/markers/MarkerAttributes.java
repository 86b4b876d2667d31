package dev.clauselint.eclipse.markers;

import dev.clauselint.eclipse.ClauselintPlugin;
import dev.clauselint.eclipse.client.LspPositions;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;

import java.util.HashMap;
import java.util.Map;

/**
 * The attributes of a Clauselint marker made from one diagnostic. Shared by the editor's live
 * markers ({@link MarkerUpdateJob}) and the builder's markers of closed files, so a finding
 * looks the same (and finds the same quick fixes) whichever made it.
 */
public final class MarkerAttributes {
    private MarkerAttributes() {
    }

    /**
     * @param text the text the diagnostic's range refers to, for the marker's character offsets
     * @param uri  names the file in the log when the range does not fit the text
     */
    public static Map<String, Object> of(Diagnostic d, IDocument text, String uri) {
        Map<String, Object> a = new HashMap<>();
        String rule = ClauselintMarkers.ruleId(d);
        a.put(IMarker.MESSAGE, d.getMessage() + " [" + rule + "]");
        a.put(IMarker.SEVERITY, ClauselintMarkers.markerSeverity(d.getSeverity()));
        a.put(IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
        a.put(IMarker.LOCATION, "line " + (d.getRange().getStart().getLine() + 1));
        a.put(IMarker.SOURCE_ID, "Clauselint");
        a.put(ClauselintMarkers.RULE_ID, rule);
        a.put(ClauselintMarkers.SEVERITY, ClauselintMarkers.clauselintSeverity(d.getSeverity()));
        a.put(ClauselintMarkers.RANGE, LspPositions.key(d.getRange()));
        // An editor's document may change while this runs off the UI thread: a bad offset is
        // clamped or dropped here and the next review (of the new text) puts it right.
        try {
            int start = LspPositions.offset(text, d.getRange().getStart());
            int end = LspPositions.offset(text, d.getRange().getEnd());
            a.put(IMarker.CHAR_START, start);
            a.put(IMarker.CHAR_END, Math.max(start, end));
        } catch (BadLocationException | RuntimeException e) {
            ClauselintPlugin.info("Clauselint: a finding's range no longer fits " + uri + "; marked by line only");
        }
        return a;
    }
}
