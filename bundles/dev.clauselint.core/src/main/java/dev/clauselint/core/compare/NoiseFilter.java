package dev.clauselint.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a piece of contract text to the words that carry meaning, so two versions compare equal
 * when they differ only in presentation. The readers already drop Markdown and HTML markup and
 * link targets; what is left to forget here is case, punctuation, bare addresses (with their
 * tracking parameters), list enumerators and the numbers of cross-references, which change
 * whenever sections are renumbered.
 */
public final class NoiseFilter {
    /** Web and mail addresses, written out in the text: where they point is not a term of the deal. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** "Section 6(f)(2)", "clause 4.1", "§ 3": the reference survives, its number is layout. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(sections?|clauses?|paragraphs?|articles?|§)\\s*(?:[0-9]+[0-9a-z.()]*|[ivx]+\\b|\\([a-z0-9]+\\))(?:\\([a-z0-9]+\\))*");
    /** An enumerator at the start of a list item or paragraph: "1.", "(a)", "iv)", "10.3", "6.2.1". */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^\\s*(?:(?:\\(?(?:[0-9]+(?:\\.[0-9]+)*|[a-z]|[ivx]{1,5})[.)]|[0-9]+(?:\\.[0-9]+)+|\\([0-9a-z]{1,5}\\))\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    private NoiseFilter() {
    }

    /** The meaningful words of a text, lower case, in order. */
    public static List<String> words(String text) {
        String t = ENUMERATOR.matcher(text).replaceFirst(" ");
        t = ADDRESS.matcher(t).replaceAll(" ");
        t = REFERENCE.matcher(t).replaceAll("$1 #");
        t = t.replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The words joined by single spaces: equal keys mean the texts differ only by noise. */
    public static String key(String text) {
        return String.join(" ", words(text));
    }
}
