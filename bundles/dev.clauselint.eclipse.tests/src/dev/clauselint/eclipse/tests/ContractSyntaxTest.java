package dev.clauselint.eclipse.tests;

import dev.clauselint.eclipse.syntax.ContractSyntax;
import dev.clauselint.eclipse.syntax.ContractSyntax.Kind;
import dev.clauselint.eclipse.syntax.ContractSyntax.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The colouring rules on single lines. */
class ContractSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"# AI Services Agreement", "## 3. Liability", "3. Liability", "2.1 Fees and Payment",
            "Article IV Term", "Section 5. Warranties"})
    void headings(String line) {
        assertEquals(List.of(new Span(0, line.length(), Kind.HEADING)), ContractSyntax.scan(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3. Provider shall keep the data confidential.", "#hashtag", "Plain text."})
    void notHeadings(String line) {
        assertEquals(List.of(), ContractSyntax.scan(line).stream().filter(s -> s.kind() == Kind.HEADING).toList());
    }

    @Test
    void definedTermsAndSectionReferences() {
        String line = "\"Customer Content\" has the meaning in Section 2.1(a), subject to \u201CFees\u201D and \"Section 9\".";
        assertEquals(List.of(new Span(0, 18, Kind.DEFINED_TERM), new Span(38, 14, Kind.SECTION_REFERENCE),
                new Span(65, 6, Kind.DEFINED_TERM), new Span(76, 11, Kind.DEFINED_TERM)), ContractSyntax.scan(line));
    }
}
