package dev.clauselint.lsp.cli;

import java.io.PrintStream;

/** An output format of {@code check}. Errors and warnings also go to stderr in every format. */
interface Report {
    /** A reviewed file, in the order files are reviewed. */
    void file(FileReview review);

    /** An input or playbook error; {@code line}/{@code column} are 1-based, 0 when unknown. */
    void error(String path, String message, int line, int column);

    /** A warning (invalid UTF-8, empty file, a rule skipped on a document). */
    void warning(String path, String message);

    /** Writes whatever remains; called once at the end. */
    void finish(int exitCode);

    static Report create(String format, PrintStream out, java.util.List<dev.clauselint.core.playbook.Rule> rules) {
        return switch (format) {
            case "json" -> new JsonReport(out);
            case "sarif" -> new SarifReport(out, rules);
            default -> new TextReport(out);
        };
    }
}
