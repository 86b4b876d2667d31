package dev.clauselint.core.compare;

import dev.clauselint.core.playbook.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the categories of rewritten provisions that a flagged clause alone does not account for:
 * the flagged sentence stayed the same, but a sentence beside it on the same subject was removed or
 * added (an arbitration clause that lost its opt-out). Such a category is reported as reworded with
 * a neutral risk, quoting the changed sentence: the playbook does not flag that sentence, so only a
 * reader can weigh it.
 *
 * <p>Both conditions must hold, which keeps this quiet: the category is flagged in the same
 * provision (in either version), and the changed sentence is about its subject
 * ({@link SubjectGate}).
 */
final class SubjectChanges {
    private SubjectChanges() {
    }

    static List<CategoryChange> of(List<ProvisionEdit> edits, List<Rule> rules, Set<String> alreadyChanged,
                                   Map<String, List<FlaggedClause>> before, Map<String, List<FlaggedClause>> after) {
        Set<String> named = new HashSet<>(alreadyChanged);
        List<CategoryChange> out = new ArrayList<>();
        for (ProvisionEdit edit : edits) {
            for (Rule rule : rules) {
                String code = rule.id();
                if (named.contains(code) || !SubjectGate.hasSubject(rule)) continue;
                if (!flaggedIn(before.get(code), edit.before()) && !flaggedIn(after.get(code), edit.after())) continue;
                Provision.Clause gone = first(rule, edit.removed());
                Provision.Clause come = first(rule, edit.added());
                if (gone == null && come == null) continue;
                named.add(code);
                out.add(new CategoryChange(ChangeKind.REWORDED, code,
                        CategoryComparer.worst(before.getOrDefault(code, List.of())),
                        CategoryComparer.worst(after.getOrDefault(code, List.of())), RiskDirection.NEUTRAL,
                        gone == null ? null : Quote.of(gone.text()), come == null ? null : Quote.of(come.text()),
                        gone == null ? null : edit.headingBefore(), come == null ? null : edit.headingAfter(), null));
            }
        }
        return out;
    }

    private static boolean flaggedIn(List<FlaggedClause> clauses, Provision p) {
        if (clauses == null || p == null) return false;
        for (FlaggedClause c : clauses) if (c.sectionIndex() == p.section() && c.finding() != null && !c.words().isEmpty()) return true;
        return false;
    }

    private static Provision.Clause first(Rule rule, List<Provision.Clause> clauses) {
        for (Provision.Clause c : clauses) if (SubjectGate.about(rule, c.words())) return c;
        return null;
    }
}
