package dev.clauselint.core.robustness;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user rule with a catastrophically backtracking pattern is cut off; the review still completes. */
class RuleBudgetTest {
    private static final String SLOW_RULE = """
            rules:
              - id: custom.slow
                kind: clause
                severity: low
                message: Runs of a.
                rationale: Catastrophic backtracking on purpose.
                match: ["(a+)+$"]
                alternatives:
                  - {id: none, label: Remove, text: "b"}
                examples:
                  flagged: ["[[aaaa]]"]
                  clean: ["bbbb!"]
            """;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void backtrackingRuleIsSkippedAndNamedWhileOtherRulesStillReport() throws Exception {
        Playbook user = PlaybookLoader.userPlaybook(SLOW_RULE, "slow.yaml");
        assertTrue(user.problems().isEmpty(), user.problems().toString());
        Playbook playbook = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).with(user);
        Reviewer reviewer = new Reviewer(playbook, ReviewSettings.defaults().withRuleBudgetMillis(50));

        String text = "# Terms of Service\n\n"
                + "We may use your content to train our models. The Services are provided \"as is\" without warranty of any kind.\n\n"
                + "a".repeat(5000) + "b\n";
        ContractDocument d = new ContractReader().read(text, "terms.md");

        long start = System.nanoTime();
        Review review = reviewer.review(d);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(review.problems().stream().anyMatch(p -> p.contains("custom.slow")), review.problems().toString());
        assertTrue(review.findings().stream().noneMatch(f -> f.ruleId().equals("custom.slow")));
        assertTrue(review.findings().stream().anyMatch(f -> !f.ruleId().equals("custom.slow")),
                "other rules' findings are still reported");
        assertTrue(millis < 10_000, "review took " + millis + " ms");
    }

    @Test
    void fastUserRuleIsNotReportedAsAProblem() throws Exception {
        Playbook user = PlaybookLoader.userPlaybook(SLOW_RULE, "slow.yaml");
        Reviewer reviewer = new Reviewer(user, ReviewSettings.defaults().withRuleBudgetMillis(50));
        ContractDocument d = new ContractReader().read("# Terms\n\nYou agree to aaaa\n", "terms.md");
        Review review = reviewer.review(d);
        assertTrue(review.problems().isEmpty(), review.problems().toString());
        assertTrue(review.findings().stream().anyMatch(f -> f.ruleId().equals("custom.slow")), review.findings().toString());
    }
}
