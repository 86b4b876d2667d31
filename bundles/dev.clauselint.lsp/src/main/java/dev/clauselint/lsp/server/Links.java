package dev.clauselint.lsp.server;

import dev.clauselint.core.model.Section;
import dev.clauselint.core.structure.SectionReferences;
import org.eclipse.lsp4j.DocumentLink;

import java.util.ArrayList;
import java.util.List;

/**
 * "Section 4.2" and "Schedule B" as links to their headings. The target is the document itself with
 * a {@code #L<line>} fragment (1-based), which VS Code and other editors open at that line. References
 * the core cannot resolve get no link; the dangling-reference check reports those.
 */
final class Links {
    private Links() {
    }

    static List<DocumentLink> links(Analysis a) {
        List<DocumentLink> out = new ArrayList<>();
        for (SectionReferences.Reference r : SectionReferences.in(a.document())) {
            Section target = r.heading();
            if (target == null) continue;
            int line = a.plainRange(target.heading()).getStart().getLine();
            DocumentLink link = new DocumentLink(a.plainRange(r.span()), withoutFragment(a.uri()) + "#L" + (line + 1));
            link.setTooltip("Go to " + Sections.name(a.document(), target));
            out.add(link);
        }
        return out;
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
