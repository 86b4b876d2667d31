package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs a playbook over a contract. One failing or slow rule never breaks a review: it is skipped
 * and named in {@link Review#problems()}. Thread-safe; one instance serves many documents.
 */
public final class Reviewer {
    private final List<Rule> rules;
    private final ReviewSettings settings;
    private final KeywordIndex index;
    private final PatternCache patterns = new PatternCache();
    private final SentenceMemo memo;

    public Reviewer(Playbook playbook, ReviewSettings settings) {
        this.settings = settings;
        List<Rule> active = new ArrayList<>();
        for (Rule r : playbook.rules()) {
            if (settings.disabledRules().contains(r.id())) continue;
            Severity s = settings.severityOverrides().get(r.id());
            active.add(s != null ? r.withSeverity(s) : r);
        }
        this.rules = List.copyOf(active);
        this.index = new KeywordIndex(rules);
        this.memo = new SentenceMemo(rules.stream().map(Rule::id).toList());
    }

    /**
     * Forgets which sentences matched which rules (compiled patterns are kept). For benchmarks that
     * measure a first review, and for long-running servers that want the memory back.
     */
    public void forgetSentences() {
        memo.clear();
    }

    public ReviewSettings settings() {
        return settings;
    }

    public List<Rule> rules() {
        return rules;
    }

    private record RuleOutcome(List<Finding> findings, String problem) {
    }

    /** One rule on one document; a failing or slow rule becomes a problem, never an exception. */
    private RuleOutcome run(Rule rule, ReviewContext ctx, Thread caller) {
        if (caller.isInterrupted()) throw new java.util.concurrent.CancellationException();
        try {
            ctx.startRule(settings.ruleBudgetMillis());
            return new RuleOutcome(rule.kind().review(rule, ctx), null);
        } catch (BudgetedCharSequence.RuleTimeoutException e) {
            return new RuleOutcome(List.of(), rule.id() + ": skipped, took longer than " + settings.ruleBudgetMillis() + " ms on this document");
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return new RuleOutcome(List.of(), rule.id() + ": failed (" + e + ")");
        }
    }

    public Review review(ContractDocument document) {
        Map<String, BitSet> candidates = index.candidates(document);
        ReviewContext ctx = new ReviewContext(document, candidates, patterns, memo);
        Thread caller = Thread.currentThread();
        // rules are independent and read-only over the document: run them on all cores, keep their order
        List<RuleOutcome> outcomes = rules.parallelStream()
                .filter(rule -> rule.severity().atLeast(settings.minimumSeverity()))
                .map(rule -> run(rule, ctx, caller))
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleOutcome o : outcomes) {
            findings.addAll(o.findings());
            if (o.problem() != null) problems.add(o.problem());
        }
        findings.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
        // what the drafter switched off inline neither shows nor counts toward the score or the cap
        findings = Suppressions.of(document.source(), document.format()).filter(findings);
        if (settings.maxFindings() > 0 && findings.size() > settings.maxFindings()) {
            List<Finding> bySeverity = new ArrayList<>(findings);
            bySeverity.sort(Comparator.comparing(Finding::severity));
            List<Finding> kept = new ArrayList<>(bySeverity.subList(0, settings.maxFindings()));
            kept.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
            findings = kept;
        }
        return new Review(document, List.copyOf(findings), RiskScore.of(findings), List.copyOf(problems));
    }
}
