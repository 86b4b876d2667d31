package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.structure.SectionReferences.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.core.read.TestDocs.md;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cross-references and the headings they resolve to. */
class SectionReferencesTest {
    private static final String HEADINGS = "# Licence\n\n## 1. Definitions\n\nWords.\n\n## 2. Licence\n\n### 2.1 Scope\n\nUse it.\n\n"
            + "## 3. Liability\n\nLimited.\n\n## Schedule B Fees\n\nTen dollars.\n\n";

    /** "text -> heading title (exists, checked)" for every reference, in order. */
    private static List<String> resolved(String markdown) {
        ContractDocument d = md(markdown);
        return SectionReferences.in(d).stream().map(r -> show(d, r)).toList();
    }

    private static String show(ContractDocument d, Reference r) {
        String target = r.heading() == null ? "-" : r.heading().title();
        return d.text(r.span()) + " -> " + target + " (" + (r.exists() ? "exists" : "missing") + (r.checked() ? ", checked" : "") + ")";
    }

    @Test
    void eachMemberOfAListResolvesToItsOwnHeading() {
        assertEquals(List.of("Sections 1 -> Definitions (exists, checked)", "3 -> Liability (exists, checked)",
                        "Section 2.1(b) -> Scope (exists, checked)"),
                resolved(HEADINGS + "Sections 1 and 3 survive, and so does Section 2.1(b)."));
    }

    @Test
    void aSectionNamedInsideAnAttachmentListIsASection() {
        assertEquals(List.of("Schedule B -> Fees (exists, checked)", "Section 2.1 -> Scope (exists, checked)"),
                resolved(HEADINGS + "Fees are set out in Schedule B and Section 2.1."));
    }

    @Test
    void aBareSectionSignResolvesButIsNotChecked() {
        assertEquals(List.of("\u00A7 3 -> Liability (exists)", "\u00A7 8 -> - (missing)"),
                resolved(HEADINGS + "See \u00A7 3 and \u00A7 8."));
    }

    @Test
    void missingTargetsAndOutsideReferences() {
        assertEquals(List.of("Section 9 -> - (missing, checked)", "Exhibit A -> - (missing, checked)"),
                resolved(HEADINGS + "Subject to Section 9 and Exhibit A, nothing in Section 230 of the Communications Decency Act applies."));
    }
}
