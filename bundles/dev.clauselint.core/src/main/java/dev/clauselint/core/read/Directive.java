package dev.clauselint.core.read;

import dev.clauselint.core.model.DocumentFormat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suppression directive: a line that tells Clauselint to keep quiet about some rules. It is not
 * contract text, so the readers skip it. Markdown and HTML write it as an HTML comment on its own
 * line ({@code <!-- clauselint-disable-next-line data.training-on-inputs -->}); plain text also
 * takes a comment-like line starting with {@code //} or {@code %%}. See docs/suppressions.md.
 *
 * @param kind    what the directive switches off, and for how long
 * @param ruleIds the rules named; empty means every rule
 */
public record Directive(Kind kind, Set<String> ruleIds) {

    /** How far a directive reaches. */
    public enum Kind {
        /** the next line that is neither blank nor another directive */
        NEXT_LINE("disable-next-line"),
        /** from here to the matching enable, or to the end of the file */
        DISABLE("disable"),
        /** ends a region opened by DISABLE */
        ENABLE("enable"),
        /** the whole document */
        FILE("disable-file");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final String MARKER = "clauselint-";
    // longer words first, so "disable" does not swallow "disable-file"
    private static final String WORDS = "(disable-next-line|disable-file|disable|enable)";
    private static final Pattern HTML_COMMENT = Pattern.compile(
            "^[ \\t]*<!--[ \\t]*clauselint-" + WORDS + "((?:[ \\t,].*?)?)[ \\t]*-->[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_COMMENT = Pattern.compile(
            "^[ \\t]*(?://|%%)[ \\t]*clauselint-" + WORDS + "((?:[ \\t,].*)?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_SEPARATOR = Pattern.compile("[\\s,]+");

    public Directive {
        ruleIds = Set.copyOf(ruleIds);
    }

    /** Whether this directive names the rule (or names none, which means all). */
    public boolean covers(String ruleId) {
        return ruleIds.isEmpty() || ruleIds.contains(ruleId);
    }

    /** The directive on a line of a document in this format, or null when the line is not one. */
    public static Directive parse(CharSequence line, DocumentFormat format) {
        if (!mayContain(line)) return null;
        Matcher m = HTML_COMMENT.matcher(line);
        if (!m.matches() && format == DocumentFormat.PLAIN_TEXT) m = LINE_COMMENT.matcher(line);
        if (!m.matches()) return null;
        Kind kind = kindOf(m.group(1).toLowerCase(Locale.ROOT));
        return new Directive(kind, ids(m.group(2)));
    }

    /** The line as a user would write it in a document of this format, without indentation. */
    public String write(DocumentFormat format) {
        String body = "clauselint-" + kind.word + (ruleIds.isEmpty() ? "" : " " + String.join(" ", ruleIds.stream().sorted().toList()));
        return format == DocumentFormat.PLAIN_TEXT ? "// " + body : "<!-- " + body + " -->";
    }

    private static Kind kindOf(String word) {
        for (Kind k : Kind.values()) if (k.word.equals(word)) return k;
        throw new IllegalStateException(word);
    }

    /** Rule ids before an optional ": reason", separated by commas or spaces. */
    private static Set<String> ids(String rest) {
        Set<String> out = new LinkedHashSet<>();
        if (rest == null) return out;
        int colon = rest.indexOf(':');
        String list = colon >= 0 ? rest.substring(0, colon) : rest;
        for (String id : ID_SEPARATOR.split(list.strip())) {
            if (!id.isEmpty()) out.add(id);
        }
        return out;
    }

    /** Whether a text may hold a directive: a cheap test that spares the regular expressions on ordinary text. */
    public static boolean mayContain(CharSequence text) {
        String s = text.toString();
        String marker = MARKER;
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            int start = i - (marker.length() - 1);
            if (start >= 0 && s.regionMatches(true, start, marker, 0, marker.length())) return true;
        }
        return false;
    }
}
