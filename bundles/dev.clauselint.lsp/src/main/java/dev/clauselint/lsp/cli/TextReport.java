package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.lsp.PositionMapper;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compiler-style lines, {@code path:line:col: severity [rule-id] message} (1-based line and
 * UTF-16 column, like SARIF), then one summary line per file and a total when several files ran.
 */
final class TextReport implements Report {
    private final PrintStream out;
    private final Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
    private int files;
    private int findings;
    private int errors;

    TextReport(PrintStream out) {
        this.out = out;
        for (Severity s : Severity.values()) totals.put(s, 0);
    }

    @Override
    public void file(FileReview r) {
        files++;
        for (Finding f : r.findings()) {
            PositionMapper.Position p = r.mapper().position(f.span().start());
            out.println(r.path() + ":" + (p.line() + 1) + ":" + (p.character() + 1) + ": " + f.severity().id() + " ["
                    + f.ruleId() + "] " + f.message());
            totals.merge(f.severity(), 1, Integer::sum);
            findings++;
        }
        out.println(r.path() + ": score " + r.score().score() + "/100, grade " + r.score().grade() + " ("
                + counts(r.score().counts()) + ")");
    }

    @Override
    public void error(String path, String message, int line, int column) {
        errors++;
    }

    @Override
    public void warning(String path, String message) {
    }

    @Override
    public void finish(int exitCode) {
        if (files > 1 || files > 0 && errors > 0) {
            out.println(files + " file" + (files == 1 ? "" : "s") + " reviewed: " + findings + " finding" + (findings == 1 ? "" : "s") + " ("
                    + counts(totals) + ")" + (errors > 0 ? ", " + errors + " error" + (errors == 1 ? "" : "s") : ""));
        }
    }

    static String counts(Map<Severity, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(counts.getOrDefault(s, 0)).append(' ').append(s.id());
        }
        return sb.toString();
    }
}
