package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.List;

/** Quick fixes for findings: alternative wording, insert a missing clause, suppress, disable. TODO(helper A). */
final class CodeActions {
    private CodeActions() {
    }

    static List<Either<Command, CodeAction>> actions(Analysis a, CodeActionParams params, ClientCapabilities caps) {
        return List.of();
    }

    static CodeAction resolve(Analysis a, CodeAction action) {
        return action;
    }

    /** The document a code action was made for (kept in its data), or null. */
    static String uriOf(CodeAction action) {
        return null;
    }
}
