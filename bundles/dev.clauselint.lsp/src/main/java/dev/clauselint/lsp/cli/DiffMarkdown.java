package dev.clauselint.lsp.cli;

import dev.clauselint.core.compare.CategoryChange;
import dev.clauselint.core.compare.ProvisionEdit;
import dev.clauselint.core.compare.VersionComparison;

import java.io.PrintStream;

/** {@code clauselint diff --format markdown}: a summary and a table fit for a pull request comment. */
final class DiffMarkdown {
    private DiffMarkdown() {
    }

    static void print(VersionComparison c, String before, String after, PrintStream out) {
        out.println("### Clauselint: `" + cell(before) + "` → `" + cell(after) + "`");
        out.println();
        int from = c.before().score().score();
        int to = c.after().score().score();
        out.println("Risk score **" + from + " → " + to + "** (grade " + c.before().score().grade() + " → "
                + c.after().score().grade() + ")" + (c.substantive() ? "" : ". No substantive change."));
        if (!c.changes().isEmpty()) {
            out.println();
            out.println("| Risk | Change | Category | Severity | Section | Before | After |");
            out.println("|---|---|---|---|---|---|---|");
            for (CategoryChange ch : c.changes()) {
                out.println("| " + arrow(ch) + " | " + ch.kind().id() + " | `" + ch.code() + "` | "
                        + cell(DiffText.severities(ch.severityBefore(), ch.severityAfter())) + " | "
                        + cell(DiffText.heading(ch.sectionBefore(), ch.sectionAfter())) + " | " + cell(ch.before()) + " | "
                        + cell(ch.after()) + " |");
            }
        }
        if (!c.edits().isEmpty()) {
            // the provisions behind the verdict, folded away: the table above is what matters
            out.println();
            out.println("<details><summary>Wording changed in " + c.edits().size()
                    + (c.edits().size() == 1 ? " provision" : " provisions") + "</summary>");
            out.println();
            for (ProvisionEdit e : c.edits()) out.println("- " + cell(DiffText.edit(e)));
            out.println();
            out.println("</details>");
        }
    }

    private static String arrow(CategoryChange ch) {
        return switch (ch.risk()) {
            case UP -> "⬆ up";
            case DOWN -> "⬇ down";
            case NEUTRAL -> "neutral";
        };
    }

    /** Table-safe text: pipes escaped, no line breaks, markup characters neutralised. */
    static String cell(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("<", "&lt;")
                .replaceAll("[\\r\\n]+", " ");
    }
}
