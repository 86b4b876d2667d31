package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.doc;
import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.OutlineTest.LICENCE;
import static dev.clauselint.lsp.server.OutlineTest.range;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Section 4.2" and "Schedule B" as links to their headings. */
class LinksTest {

    private static List<String> links(LspSession s, String uri) {
        List<String> out = new ArrayList<>();
        for (DocumentLink l : get(s.server.getTextDocumentService().documentLink(new DocumentLinkParams(doc(uri))))) {
            out.add(range(l.getRange()) + " " + l.getTarget() + " " + l.getTooltip());
        }
        return out;
    }

    @Test
    void eachResolvedReferenceLinksToTheLineOfItsHeading() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("licence.md", LICENCE);
            // "Section 9" on line 18 has no heading: no link (the dangling-reference check reports it)
            assertEquals(List.of(
                    "10:41-10:51 file:///contracts/licence.md#L21 Go to Schedule B Fees",
                    "10:56-10:67 file:///contracts/licence.md#L13 Go to 2.2 Restrictions",
                    "14:70-14:80 file:///contracts/licence.md#L3 Go to 1 Definitions",
                    "14:85-14:86 file:///contracts/licence.md#L17 Go to 3 Liability",
                    "14:90-14:95 file:///contracts/licence.md#L9 Go to 2.1 Scope",
                    "18:11-18:25 file:///contracts/licence.md#L9 Go to 2.1 Scope"), links(s, uri));
        }
    }

    @Test
    void addingTheMissingHeadingAddsTheLink() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("licence.md", LICENCE);
            s.change(uri, 2, 23, 0, 23, 0, "\n## 9. Survival\n\nSections 1 and 3 survive.\n");
            List<String> after = links(s, uri);
            assertEquals("18:30-18:39 file:///contracts/licence.md#L25 Go to 9 Survival", after.get(6));
        }
    }

    @Test
    void aDocumentWithoutReferencesHasNoLinks() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("plain.md", "# Terms\n\n## 1. Fees\n\nYou pay monthly.\n");
            assertEquals(List.of(), links(s, uri));
        }
    }
}
