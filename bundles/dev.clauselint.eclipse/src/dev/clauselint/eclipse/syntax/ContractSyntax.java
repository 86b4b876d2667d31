package dev.clauselint.eclipse.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colouring rules, one line at a time: headings, quoted defined terms and section
 * references. Local and fast on purpose: colouring runs on the UI thread as the user types, so
 * it cannot wait for the server; and every rule stays within a line, so repainting only the
 * changed lines is always right.
 */
public final class ContractSyntax {
    public enum Kind { HEADING, DEFINED_TERM, SECTION_REFERENCE }

    /** A coloured stretch of a line: offset and length within the line. */
    public record Span(int start, int length, Kind kind) {
    }

    /** "# Title" to "###### Title" (Markdown). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    /**
     * "3. Liability", "2.1 Fees", "Article IV Term", "Section 5. Warranties": a number, then a
     * short capitalised title with no sentence punctuation (a numbered clause ends with a period).
     */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^ {0,3}(?:(?:ARTICLE|Article|SECTION|Section)\\s+)?(?:\\d+(?:\\.\\d+)*|[IVXLC]+)\\.?[ \\t]+[A-Z][^.;:!?]{0,79}$");
    /** A definition: a capitalised phrase of up to six words in straight or curly double quotes. */
    private static final Pattern DEFINED_TERM = Pattern.compile(
            "[\"\u201C][A-Z][\\w'\u2019&-]*(?:[ \\t]+[A-Za-z0-9][\\w'\u2019&-]*){0,5}[\"\u201D]");
    /** "Section 3", "Sections 2.1(a)", "Clause 7", "Article 4", "§ 12". */
    private static final Pattern SECTION_REFERENCE = Pattern.compile(
            "(?:\\b(?:Sections?|Clauses?|Articles?)[ \\t]+|\u00A7[ \\t]*)(?:\\d+(?:\\.\\d+)*|[IVXLC]+\\b)(?:\\([a-z0-9]+\\))*");

    private ContractSyntax() {
    }

    /** The spans of one line (without its delimiter), in order and never overlapping. */
    public static List<Span> scan(String line) {
        if (MARKDOWN_HEADING.matcher(line).matches() || NUMBERED_HEADING.matcher(line).matches()) {
            return line.isBlank() ? List.of() : List.of(new Span(0, line.length(), Kind.HEADING));
        }
        List<Span> found = new ArrayList<>();
        collect(DEFINED_TERM.matcher(line), Kind.DEFINED_TERM, found);
        collect(SECTION_REFERENCE.matcher(line), Kind.SECTION_REFERENCE, found);
        found.sort(Comparator.comparingInt(Span::start));
        // a presentation takes no overlaps: the first span wins (a quoted "Section 3" is a term)
        List<Span> out = new ArrayList<>();
        int end = 0;
        for (Span s : found) {
            if (s.start() < end) continue;
            out.add(s);
            end = s.start() + s.length();
        }
        return out;
    }

    private static void collect(Matcher m, Kind kind, List<Span> into) {
        while (m.find()) into.add(new Span(m.start(), m.end() - m.start(), kind));
    }
}
