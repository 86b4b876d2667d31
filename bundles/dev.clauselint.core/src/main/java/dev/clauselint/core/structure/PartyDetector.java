package dev.clauselint.core.structure;

import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.DocumentNames;
import dev.clauselint.core.model.Parties;
import dev.clauselint.core.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads from the document who the vendor and the customer are. Pronouns ("we", "you") are always
 * taken; names come from definitions that group a name with a pronoun ({@code (“Stability”, “we”)}),
 * from role words ("Provider", "Customer"), and from the brand that most often acts in the text
 * ("Anthropic may ...", "OpenAI will ...").
 */
public final class PartyDetector {
    private static final Set<String> VENDOR_PRONOUNS = Set.of("we", "us", "our", "ours");
    private static final Set<String> CUSTOMER_PRONOUNS = Set.of("you", "your", "yours");
    /** In a fixed order: the order roles are found in decides ties, and Set.of iterates differently in every run. */
    private static final List<String> VENDOR_ROLE_ORDER = List.of("Company", "Provider", "Service Provider", "Vendor",
            "Supplier", "Licensor");
    private static final Set<String> VENDOR_ROLES = Set.copyOf(VENDOR_ROLE_ORDER);
    private static final Set<String> CUSTOMER_ROLES = Set.of("Customer", "User", "Users", "Licensee", "Client",
            "Subscriber", "Developer", "Member", "Account Holder");
    private static final Set<String> NOT_NAMES = Set.of("You", "We", "It", "This", "These", "That", "Each", "Either",
            "Neither", "The", "Such", "Any", "All", "No", "If", "Our", "Your", "They", "He", "She", "Party", "Parties",
            "Nothing", "Who", "Which", "Services", "Service", "Agreement", "Terms", "Section", "Content", "Output",
            "Outputs", "Input", "Inputs", "Order", "Notice", "Provisions", "Licensee", "Customer Content", "User Content",
            "Feedback", "Affiliates", "Documentation", "Software", "Data", "Fees", "Account", "Apple", "Google Play");

    private PartyDetector() {
    }

    /** Who the parties are are settled in the opening pages; looking further only costs time on huge files. */
    private static final int PREFIX = 200_000;

    public static Parties detect(String fullText, List<Sentence> sentences, DefinedTermExtractor.Result groups) {
        String text = fullText.length() > PREFIX ? fullText.substring(0, PREFIX) : fullText;
        List<DefinedTerm> terms = groups.terms();
        Set<String> vendor = new LinkedHashSet<>();
        Set<String> customer = new LinkedHashSet<>();
        for (List<String> group : groups.aliasGroups()) {
            boolean v = group.stream().anyMatch(n -> VENDOR_PRONOUNS.contains(n.toLowerCase(Locale.ROOT)));
            boolean c = group.stream().anyMatch(n -> CUSTOMER_PRONOUNS.contains(n.toLowerCase(Locale.ROOT)));
            for (String name : group) {
                if (!DefinedTermExtractor.isTermName(name) || VENDOR_PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                        || CUSTOMER_PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) continue;
                if (!partyLike(name)) continue;
                if (v && !c) vendor.add(name);
                if (c && !v) customer.add(name);
            }
        }
        for (DefinedTerm term : terms) {
            if (VENDOR_ROLES.contains(term.name())) vendor.add(term.name());
            if (CUSTOMER_ROLES.contains(term.name()) && !vendor.contains(term.name())) customer.add(term.name());
        }
        String brand = actingBrand(text, customer);
        if (brand != null && !customer.contains(brand)) vendor.add(brand);
        String titled = titleBrand(text, sentences, customer);
        if (titled != null) vendor.add(titled);
        for (List<String> group : groups.aliasGroups()) {
            // "Stability AI (“Stability”)": a name defined near the top that the title or acting brand starts with
            for (String name : group) {
                if (!DefinedTermExtractor.isTermName(name) || customer.contains(name) || CUSTOMER_ROLES.contains(name)) continue;
                if (!partyLike(name)) continue;
                if (titled != null && (name.startsWith(titled) || titled.startsWith(name))) vendor.add(name);
                if (brand != null && (name.startsWith(brand) || brand.startsWith(name))) vendor.add(name);
            }
        }
        // a capitalised role word ("Provider may", "the Customer") names its party even when never defined
        for (String role : VENDOR_ROLE_ORDER) {
            if (!vendor.contains(role) && !customer.contains(role) && usedAsName(text, role)) vendor.add(role);
        }
        for (String role : List.of("Customer", "Licensee", "Client", "Subscriber")) {
            if (!customer.contains(role) && !vendor.contains(role) && usedAsName(text, role)) customer.add(role);
        }
        vendor.removeIf(n -> !partyLike(n));
        customer.removeIf(n -> n.endsWith(".") || vendor.contains(n));
        return new Parties(List.copyOf(vendor), List.copyOf(customer), names(text, vendor, customer, terms));
    }

    /** The capitalised name most often found acting ("Anthropic may"), if it clearly recurs. */
    private static String actingBrand(String text, Set<String> customer) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : ActingNames.in(text)) {
            if (NOT_NAMES.contains(name) || customer.contains(name) || CUSTOMER_ROLES.contains(name) || !partyLike(name)) continue;
            if (name.contains(" ") && NOT_NAMES.contains(name.substring(0, name.indexOf(' ')))) continue;
            counts.merge(name, 1, Integer::sum);
        }
        String best = null;
        int bestCount = 2;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("Terms", "Term", "Of", "Service", "Services", "Agreement",
            "Commercial", "Conditions", "Use", "Privacy", "Policy", "API", "Platform", "General", "Master", "Subscription",
            "Customer", "User", "Enterprise", "Business", "Online", "Website", "The", "And", "Software", "License", "Licence",
            "Universal", "Consumer", "Developer", "Effective", "Updated", "Last", "Welcome", "Data", "Processing", "Addendum",
            "Acceptable", "Usage", "Model", "Community", "Open", "Cloud", "Product", "Products", "Legal", "Sample", "AI",
            "Order", "Form", "Statement", "Work", "Contents", "Table", "Important", "Notice", "Country", "Version",
            // greetings before the brand: "Thank you for using Acme!", like "Welcome to Acme"
            "Thank", "Thanks", "Hello", "Hi");

    /**
     * The brand a title or greeting starts with ("Google Terms of Service", "Acme AI Services Agreement",
     * "Thank you for using Acme!"), if it recurs.
     */
    private static String titleBrand(String text, List<Sentence> sentences, Set<String> customer) {
        int looked = 0;
        for (Sentence s : sentences) {
            if (looked++ > 4) break;
            String t = text.substring(s.plain().start(), s.plain().end());
            for (String word : t.split("[\\s,:;()!?]+")) {
                if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) continue;
                if (GENERIC_TITLE_WORDS.contains(word) || customer.contains(word) || NOT_NAMES.contains(word)) continue;
                if (count(text, word) >= 5) return word;
                break;
            }
        }
        return null;
    }

    private static final Set<String> THING_WORDS = Set.of("Parties", "Party", "Entities", "Entity", "Claim", "Claims",
            "Policies", "Policy", "API", "Model", "Models", "Account", "Affiliate", "Affiliates", "Engine", "Output",
            "Outputs", "Content", "Data", "Materials", "Services", "Service", "Terms", "Agreement", "Platform", "Products",
            "Product", "Software", "Marks", "Property", "Information", "Processor", "Offerings", "Technology", "Site");

    /** A name that can stand for a party: not a defined thing like "Anthropic Claim" or "Meta Models". */
    private static boolean partyLike(String name) {
        if (NOT_NAMES.contains(name) || name.endsWith(".") || name.split(" ").length > 3) return false;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return !THING_WORDS.contains(last);
    }

    private static boolean usedAsName(String text, String role) {
        for (int i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
            int e = i + role.length();
            boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == 's';
            if (before && after) return true;
        }
        return false;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0 && n < 100; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static DocumentNames names(String text, Set<String> vendor, Set<String> customer, List<DefinedTerm> terms) {
        int we = countWord(text, "we") + countWord(text, "We");
        int you = countWord(text, "you") + countWord(text, "You");
        String vendorName = mostUsed(text, vendor);
        String customerName = mostUsed(text, customer);
        boolean vendorByName = vendorName != null && count(text, vendorName) > we;
        boolean customerByName = customerName != null && count(text, customerName + " ") > you;
        String v = vendorByName ? withArticle(vendorName) : "we";
        String vo = vendorByName ? v : "us";
        String vp = vendorByName ? possessive(v) : "our";
        String c = customerByName ? withArticle(customerName) : "you";
        String co = customerByName ? c : "you";
        String cp = customerByName ? possessive(c) : "your";
        String services = "the Services";
        for (String candidate : List.of("Services", "Service", "Offerings", "Platform", "API", "Products")) {
            if (terms.stream().anyMatch(t -> t.name().equals(candidate))) {
                services = "the " + candidate;
                break;
            }
        }
        String content = cp + " content";
        List<String> contentTerms = List.of("Customer Content", "Customer Data", "Your Content", "User Content", "Content",
                "Customer Materials", "Inputs", "Input", "Prompts");
        for (String candidate : contentTerms) {
            if (terms.stream().anyMatch(t -> t.name().equals(candidate))) {
                boolean owned = candidate.startsWith("Customer") || candidate.startsWith("Your") || candidate.startsWith("User");
                if (candidate.startsWith("Input") && terms.stream().anyMatch(t -> t.name().startsWith("Output"))) {
                    content = cp + " Inputs and Outputs";
                } else {
                    content = owned ? candidate : cp + " " + candidate;
                }
                break;
            }
        }
        return new DocumentNames(v, vo, vp, c, co, cp, services, content);
    }

    private static String mostUsed(String text, Set<String> names) {
        String best = null;
        int bestCount = 0;
        for (String n : names) {
            int c = count(text, n);
            if (c > bestCount) {
                best = n;
                bestCount = c;
            }
        }
        return best;
    }

    private static String withArticle(String name) {
        return VENDOR_ROLES.contains(name) || Set.of("User", "Licensee", "Client", "Subscriber").contains(name)
                ? "the " + name : name;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "\u2019" : name + "\u2019s";
    }

    private static int countWord(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + word.length();
            boolean after = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (before && after) n++;
        }
        return n;
    }
}
