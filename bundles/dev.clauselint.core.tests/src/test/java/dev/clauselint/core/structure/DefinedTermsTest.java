package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.sourceOf;
import static dev.clauselint.core.read.TestDocs.term;
import static dev.clauselint.core.read.TestDocs.termNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefinedTermsTest {

    @Test
    void curlyQuotedParenthetical() {
        ContractDocument d = md("You may submit prompts (\u201CInputs\u201D) to the API. We process Inputs.\n");
        DefinedTerm t = term(d, "Inputs");
        assertEquals("Inputs", d.text(t.definition()));
        assertEquals(1, t.uses().size());
    }

    @Test
    void straightQuotedParenthetical() {
        ContractDocument d = md("We offer the platform (\"Services\"). You may use the Services.\n");
        assertEquals(1, term(d, "Services").uses().size());
    }

    @Test
    void collectivelyParenthetical() {
        ContractDocument d = md("Acme and its affiliates (collectively, \u201CProviders\u201D) run it. Providers may change it.\n");
        assertEquals(1, term(d, "Providers").uses().size());
    }

    @Test
    void togetherOurParenthetical() {
        ContractDocument d = md("We offer models and apps (together, our \u201CServices\u201D). The Services are provided as is.\n");
        assertTrue(termNames(d).contains("Services"), termNames(d).toString());
    }

    @Test
    void meansDefinitionWithCurlyQuotes() {
        ContractDocument d = md("\u201CCustomer\u201D means the entity that signs up. Customer pays fees.\n");
        DefinedTerm t = term(d, "Customer");
        assertEquals("\u201CCustomer\u201D means the entity that signs up.", d.text(t.sentence()));
        assertEquals(1, t.uses().size());
    }

    @Test
    void meansDefinitionWithStraightQuotes() {
        ContractDocument d = md("\"Output\" means what the model returns. You own Output.\n");
        assertEquals(1, term(d, "Output").uses().size());
    }

    @Test
    void meansDefinitionWithSingleCurlyQuotes() {
        ContractDocument d = md("\u2018Feedback\u2019 means suggestions you send us. We may use Feedback.\n");
        assertEquals(1, term(d, "Feedback").uses().size());
    }

    @Test
    void numberedMeansDefinition() {
        ContractDocument d = md("1.1 \u201CAgreement\u201D means these terms. This Agreement binds you.\n");
        assertEquals(1, term(d, "Agreement").uses().size());
    }

    @Test
    void midSentenceMeansDefinition() {
        ContractDocument d = md("\u201CInput\u201D means a prompt, and \u201COutput\u201D means a response. Output is yours.\n");
        assertTrue(termNames(d).containsAll(List.of("Input", "Output")), termNames(d).toString());
    }

    @Test
    void pluralAndSingularUsesCount() {
        ContractDocument d = md("You may send prompts (\u201CInputs\u201D). Each Input is yours. All Inputs are confidential.\n");
        assertEquals(2, term(d, "Inputs").uses().size());
    }

    @Test
    void usesAreWholeWordsOnly() {
        ContractDocument d = md("We offer it (\"Service\"). The Serviceable parts and the Service differ.\n");
        assertEquals(1, term(d, "Service").uses().size());
    }

    @Test
    void usesAreCaseSensitive() {
        ContractDocument d = md("We offer it (\"Services\"). The services and the Services.\n");
        assertEquals(1, term(d, "Services").uses().size());
    }

    @Test
    void usesPointAtTheTermText() {
        ContractDocument d = md("We offer it (\"Services\"). You may use the **Services**.\n");
        for (Span u : term(d, "Services").uses()) assertEquals("Services", d.text(u));
    }

    @Test
    void longerTermWinsOverItsPrefix() {
        ContractDocument d = md("Your data (\u201CContent\u201D) and your files (\u201CCustomer Content\u201D) differ. "
                + "We protect Customer Content. We scan Content.\n");
        assertEquals(1, term(d, "Customer Content").uses().size());
        assertEquals(1, term(d, "Content").uses().size());
    }

    @Test
    void redefinitionInAnotherSentenceIsRecorded() {
        ContractDocument d = md("The app (\"Services\") is ours. The API (\"Services\") is ours too.\n");
        assertEquals(1, term(d, "Services").redefinitions().size());
    }

    @Test
    void quotedPhraseThatIsNotADefinitionIsIgnored() {
        ContractDocument d = md("Click \"I agree\" to continue. The word \"lowercase\" is not a term.\n");
        assertFalse(termNames(d).contains("I agree"), termNames(d).toString());
        assertFalse(termNames(d).contains("lowercase"), termNames(d).toString());
    }

    @Test
    void definitionInHtml() {
        ContractDocument d = dev.clauselint.core.read.TestDocs.html(
                "<p>Acme Inc. (&ldquo;Acme&rdquo;) provides it. Acme may update it.</p>");
        DefinedTerm t = term(d, "Acme");
        var src = d.toSource(t.definition());
        assertEquals("Acme", d.source().substring(src.start(), src.end()));
    }

    @Test
    void boldQuotedTermBeforeMeansIsADefinitionNotARunInHeading() {
        ContractDocument d = md("## Definitions\n\n* **\"Platform\"** means our hosted editor.\n"
                + "* **\u201CUsage Data\u201D** means logs about how the Platform is used.\n\nWe run the Platform.\n");
        DefinedTerm platform = term(d, "Platform");
        assertEquals("Platform", sourceOf(d, platform.definition()));
        assertEquals("\"Platform\" means our hosted editor.", d.text(platform.sentence()));
        assertEquals(2, platform.uses().size());
        assertTrue(termNames(d).contains("Usage Data"), termNames(d).toString());
        assertEquals(List.of("Definitions"), dev.clauselint.core.read.TestDocs.titles(d), "no heading made of a term");
    }

    @Test
    void boldRunInHeadingStillOpensASection() {
        ContractDocument d = md("**3. Fees.** Customer pays monthly.\n");
        assertEquals(List.of("Fees"), dev.clauselint.core.read.TestDocs.titles(d));
    }
}
