package dev.clauselint.core.eval;

import dev.clauselint.core.playbook.ExampleRunner;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;

/**
 * A fast loop for playbook authors (dev/check.sh): loads the default playbooks, runs every rule's
 * examples and prints the corpus evaluation. Optional arguments: rule id prefixes to check.
 */
public final class DevCheck {
    public static void main(String[] args) throws Exception {
        int failures = 0;
        for (Perspective p : Perspective.values()) {
            Playbook playbook = PlaybookLoader.defaultPlaybook(p);
            playbook.problems().forEach(x -> System.out.println("PLAYBOOK " + x));
            failures += playbook.problems().size();
            ExampleRunner runner = new ExampleRunner();
            for (Rule r : playbook.rules()) {
                if (args.length > 0 && java.util.Arrays.stream(args).noneMatch(a -> r.id().startsWith(a))) continue;
                for (ExampleRunner.Outcome o : runner.run(r)) {
                    if (!o.passed()) {
                        failures++;
                        System.out.println("FAIL " + p.id() + " " + r.id() + " " + o.name() + ": " + o.failure());
                    }
                }
            }
        }
        System.out.println("example failures: " + failures);
        var results = CorpusEvaluation.evaluate(CorpusEvaluation.corpus());
        System.out.print(CorpusEvaluation.report(results));
        for (var r : results) System.out.println(r.name() + " MISSES " + r.misses() + " FALSE " + r.falseAlarms());
        var b = CorpusEvaluation.total(CorpusEvaluation.evaluate(CorpusEvaluation.corpus(), true));
        System.out.printf("keyword baseline: clause recall %.2f, false alarms %d/%d, evidence %.2f, findings/doc %.1f%n",
                b.clauseRecall(), b.clauseFalseAlarms, b.clauseNegatives, b.evidenceRecall(), b.findingsPerDocument());
    }
}
