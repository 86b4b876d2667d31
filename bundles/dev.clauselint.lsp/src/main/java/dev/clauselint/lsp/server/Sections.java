package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.review.Finding;

import java.util.List;

/** Where findings lie in the section tree, for the outline and the risk report. */
final class Sections {
    private Sections() {
    }

    /**
     * "3.1 Liability", or the title alone when the heading has no number. A heading whose number
     * follows a word ("Schedule B Fees", "Article 4 Term") is named as written.
     */
    static String name(ContractDocument doc, Section s) {
        String title = s.title().strip();
        String number = s.number().strip();
        String written = doc.text(s.heading()).strip().replaceAll("\\s+", " ");
        if (!number.isEmpty() && !written.isEmpty() && !written.startsWith(number)) return written;
        if (number.isEmpty()) return title.isEmpty() ? "(untitled section)" : title;
        return title.isEmpty() ? number : number + " " + title;
    }

    /** The innermost section containing a plain offset, or null when it lies before the first heading. */
    static Section innermost(ContractDocument doc, int plainOffset) {
        Section found = null;
        for (Section s : doc.sections()) {
            if (s.heading().start() > plainOffset) break;
            if (contains(s.extent(), plainOffset)) found = s;
        }
        return found;
    }

    /** How many findings start inside a section (its subsections included). */
    static int findingsIn(Section s, List<Finding> findings) {
        int n = 0;
        for (Finding f : findings) if (contains(s.extent(), f.plain().start())) n++;
        return n;
    }

    private static boolean contains(Span extent, int offset) {
        return offset >= extent.start() && (offset < extent.end() || offset == extent.start());
    }
}
