package dev.clauselint.core.review;

import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Severity;

import java.util.List;

/**
 * One thing the review found: a risky clause, a missing protection or a drafting mistake.
 *
 * @param ruleId  the catalog id (diagnostic code)
 * @param severity after playbook overrides
 * @param message  one line for the problems list
 * @param span     source range the finding covers (the clause, or the title for missing provisions)
 * @param plain    the same range in plain-text offsets
 * @param fixes    quick fixes, best first
 * @param related  source ranges the finding depends on (a term's definition, a referenced section)
 */
public record Finding(String ruleId, Severity severity, String message, Span span, Span plain, List<Fix> fixes,
                      List<Span> related) {

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, span, plain, fixes, related);
    }
}
