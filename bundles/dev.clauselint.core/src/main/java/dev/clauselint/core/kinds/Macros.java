package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Parties;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary playbook patterns are written in. {@code {vendor}} and {@code {customer}} expand to
 * the names this document uses for each party, {@code {may}} to a permission that is not negated,
 * {@code {gap}} to a short stretch of the same clause that contains no negation. All expansions are
 * bounded so that no pattern can backtrack without limit.
 */
public final class Macros {
    /** Modal or permission verbs; never followed by a negation. */
    static final String MAY = "(?:may|might|can|could|will|shall|would|must|(?:is|are)\\s+(?:permitted|entitled|allowed|free|authori[sz]ed|licensed)\\s+to"
            + "|reserves?\\s+(?:the|all|any)\\s+rights?\\s+(?:to|at\\s+any\\s+time\\s+to)|retains?\\s+the\\s+right\\s+to|ha(?:s|ve)\\s+the\\s+right\\s+to)"
            + "(?!\\s+not\\b|n['\u2019]t|not\\b)(?:\\s+(?:also|additionally|further|freely|then|still|now|periodically|from\\s+time\\s+to\\s+time|at\\s+any\\s+time|at\\s+(?:its|our)\\s+(?:sole\\s+)?discretion,?))?";
    static final String NEG = "(?:\\bnot\\b|\\bnever\\b|n['\u2019]t\\b|\\bno\\b|\\bneither\\b|\\bnor\\b)";
    private static final String GAP_CHAR = "(?:(?!\\bnot\\b|\\bnever\\b|n['\u2019]t\\b|\\bno\\b)[^.;!?\\n])";
    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)(\\d{0,3})\\}");

    private static final Map<String, String> FIXED = Map.of(
            "may", MAY,
            "neg", NEG,
            "content", "(?:(?:customer|user|your|their|its)\\s+)?(?:content|data|inputs?|outputs?|prompts?|submissions?|materials?|conversations?|chats?|files?|uploads?|information|queries|messages|responses|completions|generations|instructions)",
            "ai", "(?:(?:artificial\\s+intelligence|AI|machine[-\\s]learning|ML|large\\s+language)\\s+)?(?:models?|systems?|algorithms?|technolog(?:y|ies)|LLMs?)");

    private Macros() {
    }

    /** Expands macros in a pattern for a document's parties. Unknown macros are left for the regex engine to reject. */
    public static String expand(String pattern, Parties parties) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder(pattern.length() * 2);
        while (m.find()) {
            String name = m.group(1);
            String n = m.group(2);
            String value = switch (name) {
                case "vendor" -> party(List.of("we", "us", "our", "ours"), parties.vendorNames());
                case "customer" -> party(List.of("you", "your", "yours"), parties.customerNames());
                case "gap" -> GAP_CHAR + "{0," + (n.isEmpty() ? "80" : n) + "}?";
                case "any" -> "[^.;!?\\n]{0," + (n.isEmpty() ? "120" : n) + "}?";
                default -> n.isEmpty() ? FIXED.get(name) : null;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Names of one party: pronouns in any case, names case-sensitively (but also in ALL CAPS). */
    private static String party(List<String> pronouns, List<String> names) {
        StringBuilder sb = new StringBuilder("(?:\\b(?:");
        sb.append(String.join("|", pronouns)).append(")\\b");
        if (!names.isEmpty()) {
            sb.append("|(?-i:\\b(?:");
            boolean first = true;
            for (String name : names) {
                String q = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
                String upper = Pattern.quote(name.toUpperCase(java.util.Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
                if (!first) sb.append('|');
                sb.append(q).append('|').append(upper);
                first = false;
            }
            sb.append(")(?:s\\b|['\u2019]s\\b|\\b))");
        }
        return sb.append(")").toString();
    }

    /** A cache key that identifies the party names a pattern expands with. */
    public static String key(Parties parties) {
        return String.join("|", parties.vendorNames()) + "#" + String.join("|", parties.customerNames());
    }
}
