package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.doc;
import static dev.clauselint.lsp.server.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The section outline (documentSymbol) and folding ranges. */
class OutlineTest {
    /** Lines (0-based): headings on 0, 2, 6, 8, 12, 16, 20; references on 10, 14 and 18. */
    static final String LICENCE = """
            # Model Licence Agreement

            ## 1. Definitions

            "Output" means anything the Model generates.

            ## 2. Licence

            ### 2.1 Scope

            Customer may use the Model as set out in Schedule B and Section 2.2.

            ### 2.2 Restrictions

            Customer shall not reverse engineer the Model, except as permitted by Sections 1 and 3 or \u00A7 2.1.

            ## 3. Liability

            Subject to Section 2.1(b) and Section 9, liability is limited to the fees.

            ## Schedule B Fees

            Ten dollars per month.
            """;

    static String range(Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }

    /** One line per symbol, indented by depth: name, kind, range, selection range, detail. */
    private static List<String> outline(LspSession s, String uri) {
        List<String> out = new ArrayList<>();
        for (var e : get(s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc(uri))))) {
            add(e.getRight(), "", out);
        }
        return out;
    }

    private static void add(DocumentSymbol d, String indent, List<String> out) {
        out.add(indent + d.getName() + " | " + d.getKind() + " | " + range(d.getRange()) + " | " + range(d.getSelectionRange())
                + (d.getDetail() == null ? "" : " | " + d.getDetail()));
        for (DocumentSymbol c : d.getChildren()) add(c, indent + "  ", out);
    }

    private static List<String> folds(LspSession s, String uri) {
        List<String> out = new ArrayList<>();
        for (FoldingRange f : get(s.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(doc(uri))))) {
            out.add(f.getStartLine() + "-" + f.getEndLine() + " " + f.getKind());
        }
        return out;
    }

    @Test
    void sectionsFormANestedOutlineWithTheirFindingCounts() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("licence.md", LICENCE);
            s.awaitDiagnostics(uri, 1);
            assertEquals(List.of(
                    "Model Licence Agreement | Namespace | 0:2-22:22 | 0:2-0:25 | 18 findings",
                    "  1 Definitions | Module | 2:3-4:44 | 2:3-2:17 | 2 findings",
                    "  2 Licence | Module | 6:3-14:96 | 6:3-6:13 | 1 finding",
                    "    2.1 Scope | Module | 8:4-10:68 | 8:4-8:13",
                    "    2.2 Restrictions | Module | 12:4-14:96 | 12:4-12:20 | 1 finding",
                    "  3 Liability | Module | 16:3-18:74 | 16:3-16:15 | 1 finding",
                    "  Schedule B Fees | Module | 20:3-22:22 | 20:3-20:18"), outline(s, uri));
        }
    }

    @Test
    void theOutlineFollowsAnEdit() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("licence.md", LICENCE);
            s.awaitDiagnostics(uri, 1);
            s.change(uri, 2, 16, 6, 16, 15, "Limitation of Liability");
            List<String> after = outline(s, uri);
            assertTrue(after.contains("  3 Limitation of Liability | Module | 16:3-18:74 | 16:3-16:29 | 1 finding"), after.toString());
        }
    }

    @Test
    void everySectionLongerThanOneLineFoldsFromItsHeadingToItsLastLine() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("licence.md", LICENCE);
            assertEquals(List.of("0-22 region", "2-4 region", "6-14 region", "8-10 region", "12-14 region", "16-18 region",
                    "20-22 region"), folds(s, uri));
        }
    }

    @Test
    void aHeadingWithNothingUnderItDoesNotFold() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("bare.md", "# Terms\n## 1. Scope\n## 2. Fees\nYou pay monthly.\nIn advance.\n");
            assertEquals(List.of("0-4 region", "2-4 region"), folds(s, uri));
        }
    }

    @Test
    void anUnknownDocumentIsAnInvalidParamsError() {
        try (LspSession s = LspSession.start()) {
            ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> get(s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(doc("file:///contracts/never-opened.md")))));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getResponseError().getCode());
            assertEquals("outline: the document file:///contracts/never-opened.md is not open", e.getResponseError().getMessage());
        }
    }
}
