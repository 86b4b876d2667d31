package dev.clauselint.core.playbook;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.core.review.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule's own examples: each flagged example must yield exactly one finding of the rule at
 * the marked span, each alternative applied there must silence the rule, and each clean example
 * must stay silent. Used by the test suite and by {@code clauselint rules --check} for user playbooks.
 */
public final class ExampleRunner {
    private final ContractReader reader = new ContractReader();

    /** One example's outcome; {@code failure} is null when it passed. */
    public record Outcome(Rule rule, String name, String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    public List<Outcome> run(Rule rule) {
        Reviewer reviewer = new Reviewer(new Playbook(List.of(rule), List.of()), ReviewSettings.defaults().withRuleBudgetMillis(2000));
        List<Outcome> out = new ArrayList<>();
        int i = 0;
        for (Example ex : rule.flagged()) {
            i++;
            String name = "flagged #" + i + " (line " + ex.line() + ")";
            out.add(new Outcome(rule, name, checkFlagged(rule, reviewer, ex)));
            for (Alternative alt : rule.alternatives()) {
                out.add(new Outcome(rule, name + " fixed with '" + alt.id() + "'", checkFixed(rule, reviewer, ex, alt)));
            }
        }
        i = 0;
        for (Example ex : rule.clean()) {
            i++;
            List<Finding> found = findings(rule, reviewer, ex.text());
            String failure = found == null ? "example could not be read"
                    : found.isEmpty() ? null : "clean example was flagged: \"" + excerpt(ex.text(), found.get(0)) + "\"";
            out.add(new Outcome(rule, "clean #" + i + " (line " + ex.line() + ")", failure));
        }
        return out;
    }

    private String checkFlagged(Rule rule, Reviewer reviewer, Example ex) {
        List<Finding> found = findings(rule, reviewer, ex.text());
        if (found == null) return "example could not be read";
        if (found.size() != 1) {
            return "expected exactly one finding, got " + found.size() + " in \"" + ex.text() + "\"";
        }
        Finding f = found.get(0);
        if (!f.span().equals(ex.marked())) {
            return "finding covers \"" + ex.text().substring(f.span().start(), f.span().end()) + "\" but the example marks \""
                    + ex.text().substring(ex.marked().start(), ex.marked().end()) + "\"";
        }
        return null;
    }

    private String checkFixed(Rule rule, Reviewer reviewer, Example ex, Alternative alt) {
        List<Finding> found = findings(rule, reviewer, ex.text());
        if (found == null || found.isEmpty()) return "nothing to fix (the flagged example failed)";
        Fix fix = found.get(0).fixes().stream().filter(x -> alt.id().equals(x.alternativeId())).findFirst().orElse(null);
        if (fix == null) return "the finding offers no fix '" + alt.id() + "'";
        String fixed = TextEdit.apply(ex.text(), fix.edits());
        String expected = ex.after().get(alt.id());
        if (expected != null && !expected.equals(fixed)) {
            return "after applying '" + alt.id() + "' expected \"" + expected + "\" but got \"" + fixed + "\"";
        }
        List<Finding> again = findings(rule, reviewer, fixed);
        if (again == null) return "fixed text could not be read";
        return again.isEmpty() ? null : "still flagged after applying '" + alt.id() + "': \"" + fixed + "\"";
    }

    private List<Finding> findings(Rule rule, Reviewer reviewer, String text) {
        try {
            ContractDocument doc = reader.read(text, "example.md");
            return reviewer.review(doc).findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        } catch (UnreadableInputException e) {
            return null;
        }
    }

    private static String excerpt(String text, Finding f) {
        return text.substring(f.span().start(), Math.min(f.span().end(), f.span().start() + 160));
    }
}
