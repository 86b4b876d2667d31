package dev.clauselint.eclipse.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.List;

/**
 * A hover's contents as plain text, whichever of LSP's three shapes the server used. The client
 * announces plain text only, so the Clauselint server answers in plain text; the other shapes
 * are read too so another server's answer still shows.
 */
final class HoverContents {
    private HoverContents() {
    }

    static String plainText(Hover hover) {
        Either<List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
        if (contents == null) return null;
        String text;
        if (contents.isRight()) {
            text = contents.getRight().getValue();
        } else {
            StringBuilder out = new StringBuilder();
            for (Either<String, MarkedString> part : contents.getLeft()) {
                if (out.length() > 0) out.append("\n\n");
                out.append(part.isLeft() ? part.getLeft() : part.getRight().getValue());
            }
            text = out.toString();
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
