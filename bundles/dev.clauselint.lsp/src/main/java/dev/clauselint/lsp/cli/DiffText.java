package dev.clauselint.lsp.cli;

import dev.clauselint.core.compare.CategoryChange;
import dev.clauselint.core.compare.ProvisionEdit;
import dev.clauselint.core.compare.VersionComparison;
import dev.clauselint.core.playbook.Severity;

import java.io.PrintStream;

/**
 * {@code clauselint diff} for people at a terminal: one line per changed category, the provisions
 * whose wording changed without a category changing, and the score line.
 */
final class DiffText {
    private DiffText() {
    }

    static void print(VersionComparison c, PrintStream out) {
        if (!c.substantive()) {
            out.println("no substantive change");
        }
        for (CategoryChange ch : c.changes()) out.println(line(ch));
        if (c.changes().isEmpty()) {
            for (ProvisionEdit e : c.edits()) out.println(edit(e) + "; no category changed");
        }
        out.println("score " + c.before().score().score() + " -> " + c.after().score().score() + " (grade "
                + c.before().score().grade() + " -> " + c.after().score().grade() + ")");
    }

    /** "risk up: added data.training-on-inputs (high) in "1 Customer Data": "We may use ..."". */
    static String line(CategoryChange ch) {
        StringBuilder b = new StringBuilder("risk ").append(ch.risk().id()).append(": ").append(ch.kind().id()).append(' ')
                .append(ch.code()).append(" (").append(severities(ch.severityBefore(), ch.severityAfter())).append(')');
        switch (ch.kind()) {
            case ADDED -> b.append(where(ch.sectionAfter())).append(quote(ch.after()));
            case REMOVED -> b.append(where(ch.sectionBefore())).append(quote(ch.before()));
            case REWORDED -> b.append(where(heading(ch.sectionBefore(), ch.sectionAfter())))
                    .append(quote(ch.before() == null ? "(none)" : ch.before())).append(" ->")
                    .append(quote(ch.after() == null ? "(none)" : ch.after()));
        }
        return b.toString();
    }

    /** "wording changed in "2 Fees" (2 words)", "new provision "6.1 Indemnification" (160 words)". */
    static String edit(ProvisionEdit e) {
        String words = " (" + e.wordsChanged() + (e.wordsChanged() == 1 ? " word)" : " words)");
        if (e.before() == null) return "new provision " + provision(e.headingAfter()) + words;
        if (e.after() == null) return "removed provision " + provision(e.headingBefore()) + words;
        return "wording changed in " + provision(heading(e.headingBefore(), e.headingAfter())) + words;
    }

    /** A heading in quotes; the text before the first heading has none. */
    static String provision(String heading) {
        return heading == null || heading.isBlank() ? "the opening text" : "\"" + heading + "\"";
    }

    static String severities(Severity before, Severity after) {
        if (before == after) return before == null ? "not flagged" : before.id();
        return (before == null ? "none" : before.id()) + " -> " + (after == null ? "none" : after.id());
    }

    /** "3 Fees", or "3 Fees -> 4 Payment" when the heading changed; null when neither side has one. */
    static String heading(String before, String after) {
        if (before == null) return after;
        if (after == null || after.equals(before)) return before;
        return before + " -> " + after;
    }

    private static String where(String heading) {
        return heading == null ? ":" : " in \"" + heading + "\":";
    }

    private static String quote(String q) {
        return q == null ? "" : " \"" + q + "\"";
    }
}
