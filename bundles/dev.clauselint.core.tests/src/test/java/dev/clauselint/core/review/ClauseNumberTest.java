package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clause's number is not its wording: the finding starts after it and the fix keeps it. */
class ClauseNumberTest {
    private static final Reviewer REVIEWER = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
    private static final String CLAUSE = "Provider may use Customer Content to train and improve its models.";

    @ParameterizedTest
    @ValueSource(strings = {"1.2 ", "(a) ", "b. ", "iv) ", "12. ", "(3) "})
    void theNumberStaysWhenTheClauseIsReplaced(String number) throws UnreadableInputException {
        String text = "# Terms\n\n\"Customer Content\" means data you submit.\n\n" + number + CLAUSE + "\n";
        ContractDocument doc = new ContractReader().read(text, "terms.md");
        Finding f = REVIEWER.review(doc).findings().stream().filter(x -> x.ruleId().equals("data.training-on-inputs")).findFirst().orElseThrow();
        assertEquals(CLAUSE, text.substring(f.span().start(), f.span().end()));
        String fixed = TextEdit.apply(text, f.fixes().get(0).edits());
        assertTrue(fixed.contains("\n\n" + number), "the number is kept: " + fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A provider may use Customer Content to train its models.", "I agree that Provider may use Customer Content to train its models."})
    void aWordIsNotANumber(String sentence) throws UnreadableInputException {
        String text = "# Terms\n\n\"Customer Content\" means data you submit.\n\n" + sentence + "\n";
        ContractDocument doc = new ContractReader().read(text, "terms.md");
        REVIEWER.review(doc).findings().stream().filter(x -> x.ruleId().equals("data.training-on-inputs"))
                .forEach(f -> assertEquals(text.indexOf(sentence), f.span().start(), "starts at the sentence"));
    }
}
