package dev.clauselint.core.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * A set of rules, plus the problems met loading them. A broken rule is left out and reported;
 * the rest of the playbook still runs.
 *
 * @param rules             usable rules, ids unique
 * @param problems          load errors with file:line:column
 * @param severityOverrides severities a user playbook sets for existing rules
 * @param disabled          rule ids a user playbook switches off
 */
public record Playbook(List<Rule> rules, List<PlaybookProblem> problems, Map<String, Severity> severityOverrides,
                       Set<String> disabled) {

    public Playbook(List<Rule> rules, List<PlaybookProblem> problems) {
        this(rules, problems, Map.of(), Set.of());
    }

    public Rule rule(String id) {
        for (Rule r : rules) if (r.id().equals(id)) return r;
        return null;
    }

    /**
     * Layers a user playbook over this one: its rules replace rules with the same id or are added,
     * its overrides change severities, its disabled ids are dropped.
     */
    public Playbook with(Playbook user) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) byId.put(r.id(), r);
        for (Rule r : user.rules) byId.put(r.id(), r);
        Map<String, Severity> overrides = new LinkedHashMap<>(severityOverrides);
        overrides.putAll(user.severityOverrides);
        Set<String> off = new HashSet<>(disabled);
        off.addAll(user.disabled);
        List<Rule> merged = new ArrayList<>();
        for (Rule r : byId.values()) {
            if (off.contains(r.id())) continue;
            Severity s = overrides.get(r.id());
            merged.add(s != null ? r.withSeverity(s) : r);
        }
        List<PlaybookProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(user.problems);
        return new Playbook(List.copyOf(merged), List.copyOf(allProblems), Map.copyOf(overrides), Set.copyOf(off));
    }
}
