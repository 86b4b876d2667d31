package dev.clauselint.core.playbook;

import dev.clauselint.core.kinds.RuleKind;

import java.util.List;

/**
 * One playbook rule: a catalog id, what to say, and the kind that decides where it applies.
 *
 * @param id           the catalog id, e.g. {@code liability.low-cap}; the diagnostic code
 * @param kind         the matching logic with its parameters
 * @param severity     how much a finding matters
 * @param message      the one-line diagnostic message
 * @param rationale    why it matters, for hover
 * @param laws         laws and regulations it touches
 * @param ask          what to ask the other side for
 * @param link         optional documentation link
 * @param alternatives balanced wording offered as fixes
 * @param flagged      examples the rule must flag, each with its marked span
 * @param clean        examples the rule must leave alone
 * @param location     where the rule was defined
 */
public record Rule(String id, RuleKind kind, Severity severity, String message, String rationale, List<String> laws,
                   String ask, String link, List<Alternative> alternatives, List<Example> flagged, List<Example> clean,
                   Location location) {

    public Rule withSeverity(Severity s) {
        return new Rule(id, kind, s, message, rationale, laws, ask, link, alternatives, flagged, clean, location);
    }

    /** The catalog section: "missing" for missing provisions, "draft" for drafting checks, else the area. */
    public String area() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
