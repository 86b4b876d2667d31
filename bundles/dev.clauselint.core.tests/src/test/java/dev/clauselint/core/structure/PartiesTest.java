package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Parties;
import org.junit.jupiter.api.Test;

import static dev.clauselint.core.read.TestDocs.md;
import static dev.clauselint.core.read.TestDocs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartiesTest {

    @Test
    void vendorNamedWithPronounsInADefinition() {
        ContractDocument d = md("# Terms\n\nStability AI Ltd. (\u201CStability\u201D, \u201Cwe\u201D, \u201Cus\u201D or \u201Cour\u201D) provides the models. "
                + "Stability may update them.\n");
        assertTrue(d.parties().vendorNames().contains("Stability"), d.parties().toString());
    }

    @Test
    void customerNamedWithYouInADefinition() {
        ContractDocument d = md("These terms apply to you (\u201CUser\u201D). User may cancel.\n");
        assertTrue(d.parties().customerNames().contains("User"), d.parties().toString());
    }

    @Test
    void roleWordsProviderAndCustomer() {
        ContractDocument d = txt("The provider (\"Provider\") and the customer (\"Customer\") agree. Provider may suspend Customer.\n");
        Parties p = d.parties();
        assertTrue(p.vendorNames().contains("Provider"), p.toString());
        assertTrue(p.customerNames().contains("Customer"), p.toString());
    }

    @Test
    void companyIsTheVendor() {
        ContractDocument d = txt("Acme LLC (the \"Company\") offers the app. The Company may change it.\n");
        assertTrue(d.parties().vendorNames().contains("Company"), d.parties().toString());
        assertFalse(d.parties().customerNames().contains("Company"), d.parties().toString());
    }

    @Test
    void brandThatActsRepeatedlyIsTheVendor() {
        ContractDocument d = md("# Terms\n\nAnthropic may update the API. Anthropic will notify you. Anthropic may suspend access. "
                + "Anthropic will not sell data.\n");
        assertTrue(d.parties().vendorNames().contains("Anthropic"), d.parties().toString());
    }

    @Test
    void brandGreetedAtTheTopIsTheVendor() {
        ContractDocument d = md("Updated: May 2, 2026\n\n# Terms of Use\n\nThank you for using Zorblo! These terms explain how "
                + "Zorblo works. We run Zorblo for you. Zorblo is a research company. Contact Zorblo at the address below.\n");
        assertTrue(d.parties().vendorNames().contains("Zorblo"), d.parties().toString());
    }

    @Test
    void pronounOnlyTermsUseWeAndYouInReplacementWording() {
        ContractDocument d = md("We provide the service. You pay for it. We may change it. You may cancel.\n");
        assertEquals("we", d.parties().names().vendor());
        assertEquals("you", d.parties().names().customer());
        assertEquals("your", d.parties().names().customerPossessive());
    }

    @Test
    void namedCustomerIsUsedInReplacementWordingWhenTheTextPrefersIt() {
        ContractDocument d = txt("Acme (\"Provider\") and the buyer (\"Customer\") agree. Customer pays. Customer may cancel. "
                + "Customer owns Customer Data. Provider may suspend.\n");
        assertEquals("Customer", d.parties().names().customer());
        assertEquals("Customer\u2019s", d.parties().names().customerPossessive());
        assertEquals("the Provider", d.parties().names().vendor());
    }

    @Test
    void customerIsNeverAlsoTheVendor() {
        ContractDocument d = txt("Acme (\"Provider\") and you (\"Customer\") agree. Customer may cancel. Customer will pay. "
                + "Customer shall comply. Customer must notify.\n");
        assertFalse(d.parties().vendorNames().contains("Customer"), d.parties().toString());
    }

    @Test
    void definedThingsAreNotParties() {
        ContractDocument d = md("We offer models (the \u201CAcme Models\u201D). Acme Models may err. Acme Models will change. "
                + "Acme Models can fail.\n");
        assertFalse(d.parties().vendorNames().contains("Acme Models"), d.parties().toString());
    }

    @Test
    void servicesTermIsUsedInReplacementWording() {
        ContractDocument d = md("We offer the API (the \u201CPlatform\u201D). You may use the Platform.\n");
        assertEquals("the Platform", d.parties().names().services());
    }
}
