package dev.clauselint.eclipse.markers;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** The Clauselint marker type (plugin.xml) and the attributes it carries beyond a problem marker's. */
public final class ClauselintMarkers {
    public static final String TYPE = "dev.clauselint.eclipse.problem";
    /** The catalog id of the finding's rule, e.g. {@code data.training-on-inputs}. */
    public static final String RULE_ID = "dev.clauselint.ruleId";
    /** Clauselint's own severity: high, medium, low or note. */
    public static final String SEVERITY = "dev.clauselint.severity";
    /** The diagnostic's LSP range as {@code line:char-line:char}; with the rule id it finds the marker's quick fixes. */
    public static final String RANGE = "dev.clauselint.range";

    private ClauselintMarkers() {
    }

    public static boolean isClauselint(IMarker marker) {
        try {
            return marker != null && marker.exists() && TYPE.equals(marker.getType());
        } catch (CoreException e) {
            return false;
        }
    }

    /** The key the fix cache files a marker's actions under. */
    public static String fixKey(IMarker marker) {
        return marker.getAttribute(RULE_ID, "") + "@" + marker.getAttribute(RANGE, "");
    }

    public static String ruleId(Diagnostic d) {
        if (d.getCode() == null) return "";
        return d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
    }

    /** The server maps high/medium/low/note to Error/Warning/Information/Hint; this maps back. */
    static String clauselintSeverity(DiagnosticSeverity s) {
        if (s == null) return "low";
        return switch (s) {
            case Error -> "high";
            case Warning -> "medium";
            case Information -> "low";
            case Hint -> "note";
        };
    }

    static int markerSeverity(DiagnosticSeverity s) {
        if (s == DiagnosticSeverity.Error) return IMarker.SEVERITY_ERROR;
        if (s == DiagnosticSeverity.Warning) return IMarker.SEVERITY_WARNING;
        return IMarker.SEVERITY_INFO;
    }
}
