package dev.clauselint.core.review;

import dev.clauselint.core.kinds.AtomScanner;
import dev.clauselint.core.kinds.ClauseKind;
import dev.clauselint.core.kinds.ClausePattern;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.structure.ParagraphEdit;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.WeakHashMap;
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
    private final PatternCache patterns = PatternCache.SHARED;
    private final SentenceMemo memo;
    private final AtomScanner scanner;
    /** What a recent review worked out, so a one-paragraph edit need not go over the whole text again. */
    private record Recent(Map<String, BitSet> candidates, String[] sentenceTexts, String[] blockTexts,
                          Map<String, ClauseState> clauses) {
    }

    /**
     * A clause rule's answer before its limit: every matching clause, or silenced by a
     * document-wide exception. Kept so an edit in one paragraph can update it exactly.
     */
    private record ClauseState(List<Finding> unlimited, boolean silenced) {
    }

    private final Map<ContractDocument, Recent> recent = Collections.synchronizedMap(new WeakHashMap<>());

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
        this.scanner = AtomScanner.of(compiledPatterns(rules));
    }

    /**
     * Every pattern of the rules, compiled now on all cores rather than during the first review
     * (compiled patterns are shared by all reviewers). One that does not compile is left to fail
     * its rule, which the review reports.
     */
    private java.util.Collection<ClausePattern> compiledPatterns(List<Rule> rules) {
        return rules.parallelStream().flatMap(r -> r.kind().patterns().stream()).distinct().map(p -> {
            try {
                return patterns.get(p);
            } catch (RuntimeException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Forgets which sentences matched which rules (compiled patterns are kept). For benchmarks that
     * measure a first review, and for long-running servers that want the memory back.
     */
    public void forgetSentences() {
        memo.clear();
        recent.clear();
        dev.clauselint.core.kinds.PartyText.forgetAll();
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
        return run(rule, () -> rule.kind().review(rule, ctx), ctx, caller);
    }

    /** A clause rule over the whole document, remembering its state for later edits. */
    private RuleOutcome runClause(Rule rule, ClauseKind clause, ReviewContext ctx, Thread caller, Map<String, ClauseState> states) {
        return run(rule, () -> {
            boolean silenced = clause.documentException(rule, ctx);
            List<Finding> all = silenced ? List.of() : clause.findings(rule, ctx);
            states.put(rule.id(), new ClauseState(all, silenced));
            return clause.limited(all);
        }, ctx, caller);
    }

    private RuleOutcome run(Rule rule, java.util.function.Supplier<List<Finding>> work, ReviewContext ctx, Thread caller) {
        if (caller.isInterrupted()) throw new java.util.concurrent.CancellationException();
        try {
            ctx.startRule(settings.ruleBudgetMillis());
            return new RuleOutcome(work.get(), null);
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
        ReviewContext ctx = new ReviewContext(document, candidates, patterns, scanner, memo);
        Map<String, ClauseState> states = new java.util.concurrent.ConcurrentHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Thread caller = Thread.currentThread();
        collect(rules.parallelStream()
                .filter(rule -> rule.severity().atLeast(settings.minimumSeverity()))
                .map(rule -> rule.kind() instanceof ClauseKind c ? runClause(rule, c, ctx, caller, states) : run(rule, ctx, caller))
                .toList(), findings, problems);
        recent.put(document, new Recent(candidates, ctx.sentenceTexts(), ctx.blockTexts(), states));
        return finish(document, findings, problems, false);
    }

    /**
     * A quick review after an edit inside one paragraph: the paragraph is read again and the
     * clause rules run on its sentences; every other finding is kept, moved by the edit. Rules
     * that look at the whole document (missing provisions, drafting checks) keep their earlier
     * findings outside the paragraph, so the result is {@linkplain Review#provisional() provisional}:
     * a full {@link #review} should follow once the typing stops. Returns null when the edit is
     * not confined to one plain paragraph ({@link ParagraphEdit}); review the whole text then.
     *
     * @param previous a review of the text before the edit, made by this reviewer
     */
    public Review reviewEdit(Review previous, String newSource, int start, int oldEnd, String inserted) {
        Recent last = recent.get(previous.document());
        if (last == null) return null;
        Map<String, BitSet> before = last.candidates();
        ParagraphEdit.Result edit = ParagraphEdit.apply(previous.document(), newSource, start, oldEnd, inserted);
        if (edit == null) return null;
        ContractDocument document = edit.document();
        int first = edit.firstSentence();
        Map<String, BitSet> local = index.candidates(document, first, first + edit.newSentences());
        Map<String, BitSet> all = new HashMap<>();
        int moved = edit.newSentences() - edit.oldSentences();
        for (Map.Entry<String, BitSet> e : before.entrySet()) {
            BitSet old = e.getValue();
            BitSet now = old.get(0, first);
            BitSet fresh = local.get(e.getKey());
            if (fresh != null) now.or(fresh);
            int oldAfter = first + edit.oldSentences();
            for (int i = old.nextSetBit(oldAfter); i >= 0; i = old.nextSetBit(i + 1)) now.set(i + moved);
            all.put(e.getKey(), now);
        }
        String[] sentenceTexts = moved(last.sentenceTexts(), first, edit.oldSentences(), edit.newSentences());
        String[] blockTexts = last.blockTexts().clone();
        blockTexts[edit.block()] = null;
        ReviewContext paragraph = new ReviewContext(document, local, local, patterns, scanner, memo, sentenceTexts, blockTexts);
        ReviewContext whole = new ReviewContext(document, all, all, patterns, scanner, memo, sentenceTexts, blockTexts);
        Span paragraphSource = edit.oldSource();
        Map<String, ClauseState> states = new java.util.concurrent.ConcurrentHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Thread caller = Thread.currentThread();
        collect(rules.parallelStream()
                .filter(rule -> rule.kind() instanceof ClauseKind && rule.severity().atLeast(settings.minimumSeverity()))
                .map(rule -> {
                    ClauseKind clause = (ClauseKind) rule.kind();
                    ClauseState old = last.clauses().get(rule.id());
                    // silenced before: the exception may have been in this paragraph, so look everywhere
                    if (old == null || old.silenced()) return runClause(rule, clause, whole, caller, states);
                    return run(rule, () -> {
                        ClauseState now = clause.documentException(rule, paragraph)
                                ? new ClauseState(List.of(), true)
                                : new ClauseState(spliced(old.unlimited(), clause.findings(rule, paragraph), paragraphSource, edit), false);
                        states.put(rule.id(), now);
                        return clause.limited(now.unlimited());
                    }, paragraph, caller);
                })
                .toList(), findings, problems);
        recent.put(document, new Recent(all, sentenceTexts, blockTexts, states));
        for (Finding f : previous.findings()) {
            Rule r = rule(f.ruleId());
            if (r != null && r.kind() instanceof ClauseKind) continue; // rebuilt above
            if (f.span().overlaps(paragraphSource) || f.span().start() == paragraphSource.start()) continue;
            if (touches(f, paragraphSource)) continue;
            findings.add(moved(f, edit));
        }
        return finish(document, findings, problems, true);
    }

    private static void collect(List<RuleOutcome> outcomes, List<Finding> findings, List<String> problems) {
        for (RuleOutcome o : outcomes) {
            findings.addAll(o.findings());
            if (o.problem() != null) problems.add(o.problem());
        }
    }

    /** A clause rule's findings after the edit: the old ones before and after the paragraph (moved), the new ones in it. */
    private static List<Finding> spliced(List<Finding> old, List<Finding> inParagraph, Span paragraphSource, ParagraphEdit.Result edit) {
        List<Finding> out = new ArrayList<>(old.size() + inParagraph.size());
        int i = 0;
        while (i < old.size() && old.get(i).span().end() <= paragraphSource.start()) out.add(old.get(i++));
        out.addAll(inParagraph);
        for (; i < old.size(); i++) {
            Finding f = old.get(i);
            if (f.span().start() >= paragraphSource.end()) out.add(moved(f, edit));
        }
        return out;
    }

    /** Sentence texts of the old document placed for the new one; the edited paragraph's are unknown. */
    private static String[] moved(String[] old, int first, int oldCount, int newCount) {
        String[] out = new String[old.length - oldCount + newCount];
        System.arraycopy(old, 0, out, 0, first);
        System.arraycopy(old, first + oldCount, out, first + newCount, old.length - first - oldCount);
        return out;
    }

    private Rule rule(String id) {
        for (Rule r : rules) if (r.id().equals(id)) return r;
        return null;
    }

    /** Whether a finding's fixes or related ranges reach into the edited paragraph (they cannot be moved). */
    private static boolean touches(Finding f, Span paragraph) {
        for (Fix fix : f.fixes()) for (TextEdit e : fix.edits()) if (inside(e.span(), paragraph)) return true;
        for (Span r : f.related()) if (inside(r, paragraph)) return true;
        return false;
    }

    private static boolean inside(Span s, Span paragraph) {
        return s.start() > paragraph.start() && s.start() < paragraph.end() || s.end() > paragraph.start() && s.end() < paragraph.end();
    }

    private static Finding moved(Finding f, ParagraphEdit.Result edit) {
        List<Fix> fixes = new ArrayList<>(f.fixes().size());
        for (Fix fix : f.fixes()) {
            List<TextEdit> edits = new ArrayList<>(fix.edits().size());
            for (TextEdit e : fix.edits()) edits.add(new TextEdit(source(e.span(), edit), e.newText()));
            fixes.add(new Fix(fix.title(), fix.alternativeId(), List.copyOf(edits)));
        }
        List<Span> related = new ArrayList<>(f.related().size());
        for (Span r : f.related()) related.add(source(r, edit));
        return new Finding(f.ruleId(), f.severity(), f.message(), source(f.span(), edit),
                new Span(edit.plain(f.plain().start()), edit.plain(f.plain().end())), List.copyOf(fixes), List.copyOf(related));
    }

    private static Span source(Span s, ParagraphEdit.Result edit) {
        return new Span(edit.source(s.start()), edit.source(s.end()));
    }

    private Review finish(ContractDocument document, List<Finding> found, List<String> problems, boolean provisional) {
        List<Finding> findings = new ArrayList<>(found);
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
        return new Review(document, List.copyOf(findings), RiskScore.of(findings), List.copyOf(problems), provisional);
    }
}
