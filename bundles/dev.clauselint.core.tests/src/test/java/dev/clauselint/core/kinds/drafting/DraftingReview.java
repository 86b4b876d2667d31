package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;

import java.util.List;

/** Runs one shipped drafting rule over inline contract text, as the language server would. */
final class DraftingReview {
    private static final Playbook DEFAULT = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER);
    private static final ContractReader READER = new ContractReader();

    private DraftingReview() {
    }

    static List<Finding> findings(String ruleId, String markdown) {
        Rule rule = DEFAULT.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no shipped rule " + ruleId));
        Reviewer reviewer = new Reviewer(new Playbook(List.of(rule), List.of()), ReviewSettings.defaults());
        try {
            return reviewer.review(READER.read(markdown, "contract.md")).findings().stream()
                    .filter(f -> f.ruleId().equals(ruleId)).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The source text a finding (or a related location) covers. */
    static String covered(String markdown, dev.clauselint.core.model.Span span) {
        return markdown.substring(span.start(), span.end());
    }
}
