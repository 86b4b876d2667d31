package dev.clauselint.eclipse.risk;

import org.eclipse.lsp4j.Range;

/** One finding of a risk report: its catalog code, severity (high / medium / low / note) and where it is. */
public record RiskFinding(String code, String severity, String message, Range range, String section, String category) {
}
