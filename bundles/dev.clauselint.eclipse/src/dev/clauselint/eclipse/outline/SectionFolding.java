package dev.clauselint.eclipse.outline;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Folding of a contract's sections, from the server's folding ranges. An update keeps the
 * annotations of sections that did not move, so a section the user collapsed stays collapsed
 * while they type elsewhere. UI thread only.
 */
final class SectionFolding {
    private final ProjectionViewer viewer;

    SectionFolding(ProjectionViewer viewer) {
        this.viewer = viewer;
    }

    void update(IDocument document, List<FoldingRange> ranges) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null || viewer.getDocument() != document) return; // projection off, or another input
        Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
        for (FoldingRange r : ranges) {
            Position p = lines(document, r.getStartLine(), r.getEndLine());
            if (p != null) wanted.put(p, new ProjectionAnnotation());
        }
        List<Annotation> gone = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (p == null || wanted.remove(p) == null) gone.add(a); // an unchanged section keeps its annotation
        }
        model.modifyAnnotations(gone.toArray(new Annotation[0]), wanted.entrySet().stream()
                .collect(HashMap::new, (m, e) -> m.put(e.getValue(), e.getKey()), HashMap::putAll), null);
    }

    /** Whole lines, from the start of the first to the start of the line after the last. */
    private static Position lines(IDocument document, int first, int last) {
        try {
            if (last <= first || first >= document.getNumberOfLines()) return null; // one line does not fold
            int start = document.getLineOffset(first);
            int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
            return new Position(start, end - start);
        } catch (BadLocationException e) {
            return null; // the text moved on; the next review brings fresh ranges
        }
    }
}
