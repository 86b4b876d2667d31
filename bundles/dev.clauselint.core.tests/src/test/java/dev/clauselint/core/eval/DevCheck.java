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
        if (args.length > 0 && args[0].equals("--profile")) {
            profile(args.length > 1 ? args[1] : "large/stress-1mb.md");
            return;
        }
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
        if (args.length > 0) return;
        var results = CorpusEvaluation.evaluate(CorpusEvaluation.corpus());
        System.out.print(CorpusEvaluation.report(results));
        for (var r : results) System.out.println(r.name() + " MISSES " + r.misses() + " FALSE " + r.falseAlarms());
        var b = CorpusEvaluation.total(CorpusEvaluation.evaluate(CorpusEvaluation.corpus(), true));
        System.out.printf("keyword baseline: clause recall %.2f, false alarms %d/%d, evidence %.2f, findings/doc %.1f%n",
                b.clauseRecall(), b.clauseFalseAlarms, b.clauseNegatives, b.evidenceRecall(), b.findingsPerDocument());
    }

    /** Times each rule alone on one corpus document (first review: median of 9 runs after warm-up), slowest first. */
    private static void profile(String document) throws Exception {
        var doc = new dev.clauselint.core.read.ContractReader().read(
                java.nio.file.Files.readAllBytes(CorpusEvaluation.corpus().resolve(document)), document);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Rule r : PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).rules()) {
            var reviewer = new dev.clauselint.core.review.Reviewer(new Playbook(java.util.List.of(r), java.util.List.of()),
                    dev.clauselint.core.review.ReviewSettings.defaults());
            long[] t = new long[9];
            for (int i = 0; i < 3; i++) reviewer.review(doc);
            int n = 0;
            for (int i = 0; i < t.length; i++) {
                reviewer.forgetSentences();
                long s0 = System.nanoTime();
                n = reviewer.review(doc).findings().size();
                t[i] = System.nanoTime() - s0;
            }
            java.util.Arrays.sort(t);
            lines.add(String.format("%8.2f ms %4d findings  %s", t[t.length / 2] / 1e6, n, r.id()));
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.forEach(System.out::println);
    }
}
