package dev.clauselint.core.kinds;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary playbook patterns are written in. {@code {vendor}} and {@code {customer}} match
 * the parties (pronouns, and the names this document uses, via {@link PartyText}), {@code {may}} to a permission that is not negated,
 * {@code {gap}} to a short stretch of the same clause that contains no negation. All expansions are
 * bounded so that no pattern can backtrack without limit.
 */
public final class Macros {
    /** Modal or permission verbs; never followed by a negation. */
    static final String MAY = "(?:may|might|can|could|will|shall|would|must|(?:is|are)\\s+(?:permitted|entitled|allowed|free|authori[sz]ed|licensed)\\s+to"
            + "|reserves?\\s+(?:the|all|any)\\s+rights?\\s+(?:to|at\\s+any\\s+time\\s+to)|retains?\\s+the\\s+right\\s+to|ha(?:s|ve)\\s+the\\s+right\\s+to)"
            + "(?!\\s+not\\b|n['\u2019]t|not\\b)(?:\\s+(?:also|additionally|further|freely|then|still|now|periodically|from\\s+time\\s+to\\s+time|at\\s+any\\s+time|at\\s+(?:its|our)\\s+(?:sole\\s+)?discretion,?))?";
    static final String NEG = "(?:\\bnot\\b|\\bnever\\b|n['\u2019]t\\b|\\bno\\b|\\bneither\\b|\\bnor\\b)";
    /** One character of a gap: not the start of a negation, not the end of the clause. One word-boundary test serves all three negation words. */
    private static final String GAP_CHAR = "(?:(?!\\b(?:not|never|no)\\b|n['\u2019]t\\b)[^.;!?\\n])";
    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)(\\d{0,3})\\}");

    private static final Map<String, String> FIXED = Map.of(
            "may", MAY,
            "neg", NEG,
            "content", "(?:(?:customer|user|your|their|its)\\s+)?(?:content|data|inputs?|outputs?|prompts?|submissions?|materials?|conversations?|chats?|files?|uploads?|information|queries|messages|responses|completions|generations|instructions)",
            "ai", "(?:(?:artificial\\s+intelligence|AI|machine[-\\s]learning|ML|large\\s+language)\\s+)?(?:models?|systems?|algorithms?|technolog(?:y|ies)|LLMs?)");

    private Macros() {
    }

    /** Token that stands for the vendor's names in party-normalised text (see {@link PartyText}). */
    public static final String VENDOR_TOKEN = "xvendorx";
    /** Token that stands for the customer's names in party-normalised text. */
    public static final String CUSTOMER_TOKEN = "xcustomerx";

    /**
     * Expands macros in a pattern. {vendor} and {customer} match the pronouns and the party tokens
     * that {@link PartyText} puts in place of the document's own names, so a pattern compiles once
     * per playbook instead of once per document. Unknown macros are left for the regex engine to reject.
     */
    public static String expand(String pattern) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder(pattern.length() * 2);
        while (m.find()) {
            String name = m.group(1);
            String n = m.group(2);
            String value = switch (name) {
                case "vendor" -> party("we|us|our|ours", VENDOR_TOKEN, VENDOR_ROLES);
                case "customer" -> party("you|your|yours", CUSTOMER_TOKEN, CUSTOMER_ROLES);
                case "gap" -> GAP_CHAR + "{0," + (n.isEmpty() ? "80" : n) + "}?";
                case "any" -> "[^.;!?\\n]{0," + (n.isEmpty() ? "120" : n) + "}?";
                default -> n.isEmpty() ? FIXED.get(name) : null;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Role words that name a party wherever they are capitalised; they stay in the text (patterns
     * may spell them out) and {vendor}/{customer} match them case-sensitively, or in ALL CAPS.
     */
    public static final java.util.List<String> VENDOR_ROLES = java.util.List.of("Service Provider", "Provider", "Company",
            "Vendor", "Supplier", "Licensor");
    public static final java.util.List<String> CUSTOMER_ROLES = java.util.List.of("Customer", "User", "Licensee", "Client",
            "Subscriber");

    private static String party(String pronouns, String token, java.util.List<String> roles) {
        StringBuilder names = new StringBuilder();
        for (String role : roles) {
            if (names.length() > 0) names.append('|');
            names.append(role.replace(" ", "\\s+")).append('|').append(role.toUpperCase(java.util.Locale.ROOT).replace(" ", "\\s+"));
        }
        // one word boundary in front of all three branches: tested once per position, not three times
        return "(?:\\b(?:(?:" + pronouns + ")\\b|" + token + "(?:s\\b|['\u2019]s\\b|\\b)|(?-i:(?:" + names
                + ")(?:s\\b|['\u2019]s\\b|\\b))))";
    }
}
