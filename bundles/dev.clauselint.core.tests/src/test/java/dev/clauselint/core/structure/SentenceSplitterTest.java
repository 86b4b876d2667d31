package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.bodySentences;
import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.sentence;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return bodySentences(txt(text));
    }

    @Test
    void splitsOnPeriodsQuestionAndExclamationMarks() {
        assertEquals(List.of("We provide it.", "Do you agree?", "Yes!", "Good."), split("We provide it. Do you agree? Yes! Good."));
    }

    @Test
    void usCodeCitationIsOneSentence() {
        assertEquals(List.of("Claims arise under 15 U.S.C. § 1681 and nothing else.", "You agree."),
                split("Claims arise under 15 U.S.C. § 1681 and nothing else. You agree."));
    }

    @Test
    void incInsideASentenceDoesNotSplit() {
        assertEquals(List.of("Acme AI, Inc. is a Delaware corporation.", "It provides the API."),
                split("Acme AI, Inc. is a Delaware corporation. It provides the API."));
    }

    @Test
    void incAtTheEndOfASentenceSplits() {
        assertEquals(List.of("These terms are with Acme, Inc.", "The Services are provided as is."),
                split("These terms are with Acme, Inc. The Services are provided as is."));
    }

    @Test
    void egAndIeDoNotSplit() {
        assertEquals(List.of("Fees include taxes, e.g. VAT, and charges, i.e. Costs we incur.", "You pay them."),
                split("Fees include taxes, e.g. VAT, and charges, i.e. Costs we incur. You pay them."));
    }

    @Test
    void numberAbbreviationDoesNotSplit() {
        assertEquals(List.of("See Order No. 12345 for pricing.", "Pricing may change."),
                split("See Order No. 12345 for pricing. Pricing may change."));
    }

    @Test
    void sectionSignAndSectionNumbers() {
        assertEquals(List.of("We comply with § 2.1.", "You comply with Sec. 3.2 too."),
                split("We comply with § 2.1. You comply with Sec. 3.2 too."));
    }

    @Test
    void decimalsDoNotSplit() {
        assertEquals(List.of("Pricing is $1.99 per 1,000 tokens.", "Uptime is 99.9%."),
                split("Pricing is $1.99 per 1,000 tokens. Uptime is 99.9%."));
    }

    @Test
    void inlineLetteredListStaysOneSentence() {
        assertEquals(List.of("You will (a) pay fees; (b) comply with law; and (c) keep keys secret."),
                split("You will (a) pay fees; (b) comply with law; and (c) keep keys secret."));
    }

    @Test
    void abbreviationInsideParenthesesDoesNotSplit() {
        assertEquals(List.of("We process data (e.g. Logs and Inputs) to run the Services.", "We delete it later."),
                split("We process data (e.g. Logs and Inputs) to run the Services. We delete it later."));
    }

    @Test
    void listItemAfterAPeriodStartsANewSentence() {
        assertEquals(List.of("You must comply.", "(a) Keep passwords secret."),
                split("You must comply. (a) Keep passwords secret."));
    }

    @Test
    void leadingListNumberIsNotASentence() {
        assertEquals(List.of("1. You must be at least 18 years old to use the services we provide here."),
                split("1. You must be at least 18 years old to use the services we provide here."));
    }

    @Test
    void initialsDoNotSplit() {
        assertEquals(List.of("Notices go to J. Smith at the address above."), split("Notices go to J. Smith at the address above."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("The service is provided \u201Cas is.\u201D", "We disclaim warranties."),
                split("The service is provided \u201Cas is.\u201D We disclaim warranties."));
    }

    @Test
    void closingParenthesisStaysWithItsSentence() {
        assertEquals(List.of("You pay fees (excluding taxes.)", "Taxes are extra."),
                split("You pay fees (excluding taxes.) Taxes are extra."));
    }

    @Test
    void lowercaseAfterPeriodDoesNotSplit() {
        assertEquals(List.of("See the approx. amount due."), split("See the approx. amount due."));
    }

    @Test
    void markdownLinkDoesNotSplitOrLeakItsTarget() {
        ContractDocument d = md("Read the [Terms](https://acme.example/terms.v2.html?x=1. Y) carefully. Then agree.\n");
        assertEquals(List.of("Read the Terms carefully.", "Then agree."), bodySentences(d));
    }

    @Test
    void sentenceSourceSpanStartsAtFirstWordAndEndsAtLastChar() {
        String src = "**Fees.** We may *raise* prices at any time. [You](x) may cancel.\n";
        ContractDocument d = md(src);
        String first = sourceOf(d, sentence(d, "We may"));
        assertEquals("We may *raise* prices at any time.", first);
        String second = sourceOf(d, sentence(d, "You may"));
        assertEquals("You](x) may cancel.", second);
    }

    @Test
    void headingsNeverMergeWithBodySentences() {
        ContractDocument d = md("## Fees\nYou pay monthly.\n");
        assertEquals(List.of("You pay monthly."), bodySentences(d));
    }

    @Test
    void splitterRangesAreTrimmedAndInOrder() {
        String t = "  One here.   Two here.  ";
        var spans = SentenceSplitter.split(t, 0, t.length());
        assertEquals(2, spans.size());
        assertEquals("One here.", t.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals("Two here.", t.substring(spans.get(1).start(), spans.get(1).end()));
    }
}
