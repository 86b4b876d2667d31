package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Review;
import dev.clauselint.lsp.PositionMapper;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.List;

/**
 * One version of an open contract, reviewed. Everything a request needs to answer: the text, the
 * parsed document, the findings and the line index. Immutable, so any thread may read it.
 *
 * @param contract the text and version it was made from
 * @param mapper   offsets to LSP positions over {@code contract.text()}
 * @param review   the review, or null when the document could not be read ({@code error} says why)
 * @param error    why there is no review (too large, binary...), else null
 * @param setup    the playbook and reviewer used, for rule details
 */
record Analysis(OpenContract.Snapshot contract, PositionMapper mapper, Review review, String error, ReviewSetup setup) {

    String uri() {
        return contract.uri();
    }

    int version() {
        return contract.version();
    }

    String text() {
        return contract.text();
    }

    /** The parsed contract, or null when it could not be read. */
    ContractDocument document() {
        return review == null ? null : review.document();
    }

    List<Finding> findings() {
        return review == null ? List.of() : review.findings();
    }

    Rule rule(String id) {
        return setup.rule(id);
    }

    /** The LSP range of a source span. */
    Range range(Span source) {
        return new Range(position(source.start()), position(source.end()));
    }

    /** The LSP range of a plain-text span (as the document model gives them). */
    Range plainRange(Span plain) {
        return range(document().toSource(plain));
    }

    Position position(int offset) {
        PositionMapper.Position p = mapper.position(offset);
        return new Position(p.line(), p.character());
    }

    /** The source offset of an LSP position, clamped to the text. */
    int offset(Position p) {
        return mapper.offset(p.getLine(), p.getCharacter());
    }

    /** The plain-text offset of an LSP position, or -1 when it falls in markup the model dropped. */
    int plainOffset(Position p) {
        ContractDocument d = document();
        return d == null ? -1 : d.plain().toPlain(offset(p));
    }
}
