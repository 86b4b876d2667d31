package dev.clauselint.eclipse.links;

import dev.clauselint.eclipse.client.DocumentSync;
import dev.clauselint.eclipse.client.LspPositions;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.DocumentLink;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's document links ("Section 4.2" to {@code <uri>#L<line>}) as links to the heading
 * line in this document. Targets in other documents are left out: Ctrl+click here only moves
 * within the editor.
 */
final class SectionLinks {
    private static final Pattern LINE_FRAGMENT = Pattern.compile("#L(\\d+)$");

    private SectionLinks() {
    }

    static List<Link> resolve(DocumentSync sync, List<DocumentLink> links) {
        IDocument document = sync.document();
        List<Link> out = new ArrayList<>();
        for (DocumentLink l : links) {
            String target = l.getTarget();
            if (target == null || !target.startsWith(sync.uri())) continue;
            Matcher line = LINE_FRAGMENT.matcher(target);
            if (!line.find() || line.start() != sync.uri().length()) continue;
            try {
                int start = LspPositions.offset(document, l.getRange().getStart());
                int end = LspPositions.offset(document, l.getRange().getEnd());
                IRegion heading = document.getLineInformation(Integer.parseInt(line.group(1)) - 1);
                String label = l.getTooltip() != null ? l.getTooltip() : "Go to line " + line.group(1);
                out.add(new Link(start, end - start, heading.getOffset(), heading.getLength(), label));
            } catch (BadLocationException | NumberFormatException e) {
                // a line past the end: the text moved on; the next review brings fresh links
            }
        }
        return out;
    }
}
