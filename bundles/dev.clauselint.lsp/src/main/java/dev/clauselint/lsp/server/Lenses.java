package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.CodeLens;

import java.util.List;

/** A code lens at the top with the risk score and counts. TODO(helper C). */
final class Lenses {
    private Lenses() {
    }

    static List<CodeLens> lenses(Analysis a) {
        return List.of();
    }
}
