package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

/** Hover: a finding's rationale, laws and ask; a defined term's definition. TODO(helper B). */
final class Hovers {
    private Hovers() {
    }

    static Hover hover(Analysis a, Position p, ClientCapabilities caps) {
        return null;
    }
}
