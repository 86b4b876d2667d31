package dev.clauselint.core.read;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the reader and structure tests: read inline text, list what a user sees. */
public final class TestDocs {
    private TestDocs() {
    }

    public static ContractDocument read(String text, String fileName) {
        try {
            return new ContractReader().read(text, fileName);
        } catch (UnreadableInputException e) {
            throw new AssertionError("unexpectedly refused: " + e.getMessage(), e);
        }
    }

    public static ContractDocument md(String text) {
        return read(text, "terms.md");
    }

    public static ContractDocument txt(String text) {
        return read(text, "terms.txt");
    }

    public static ContractDocument html(String text) {
        return read(text, "terms.html");
    }

    public static ContractDocument as(String text, DocumentFormat format) {
        try {
            return new ContractReader().read(text, format);
        } catch (UnreadableInputException e) {
            throw new AssertionError("unexpectedly refused: " + e.getMessage(), e);
        }
    }

    /** Texts of the body (non-heading) sentences. */
    public static List<String> bodySentences(ContractDocument d) {
        return d.sentences().stream().filter(s -> !s.heading()).map(d::text).collect(Collectors.toList());
    }

    /** Texts of all sentences, headings included. */
    public static List<String> sentences(ContractDocument d) {
        return d.sentences().stream().map(d::text).collect(Collectors.toList());
    }

    public static List<String> titles(ContractDocument d) {
        return d.sections().stream().map(Section::title).collect(Collectors.toList());
    }

    public static List<String> numbers(ContractDocument d) {
        return d.sections().stream().map(Section::number).collect(Collectors.toList());
    }

    public static Section section(ContractDocument d, String title) {
        return d.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section titled '" + title + "' in " + titles(d)));
    }

    /** The title of a section's parent, or null for a top-level section. */
    public static String parentTitle(ContractDocument d, String title) {
        Section s = section(d, title);
        return s.parent() < 0 ? null : d.sections().get(s.parent()).title();
    }

    public static Sentence sentence(ContractDocument d, String startsWith) {
        return d.sentences().stream().filter(s -> d.text(s).startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting '" + startsWith + "' in " + sentences(d)));
    }

    /** The source text a sentence maps back to. */
    public static String sourceOf(ContractDocument d, Sentence s) {
        Span span = d.toSource(s.plain());
        return d.source().substring(span.start(), span.end());
    }

    public static String sourceOf(ContractDocument d, Span plain) {
        Span span = d.toSource(plain);
        return d.source().substring(span.start(), span.end());
    }

    public static DefinedTerm term(ContractDocument d, String name) {
        return d.terms().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no term '" + name + "' in "
                        + d.terms().stream().map(DefinedTerm::name).toList()));
    }

    public static List<String> termNames(ContractDocument d) {
        return d.terms().stream().map(DefinedTerm::name).collect(Collectors.toList());
    }
}
