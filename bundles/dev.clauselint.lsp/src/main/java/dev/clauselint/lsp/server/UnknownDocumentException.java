package dev.clauselint.lsp.server;

/** A request named a document the editor has not opened (or has closed). */
final class UnknownDocumentException extends RuntimeException {
    UnknownDocumentException(String uri) {
        super("the document " + uri + " is not open");
    }
}
