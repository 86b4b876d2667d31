package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clauselint.lsp.server.Actions.applied;
import static dev.clauselint.lsp.server.Actions.at;
import static dev.clauselint.lsp.server.Actions.resolve;
import static dev.clauselint.lsp.server.Actions.titled;
import static dev.clauselint.lsp.server.ContractAssert.has;
import static dev.clauselint.lsp.server.ContractAssert.r;
import static dev.clauselint.lsp.server.Contracts.BALANCED_TRAINING;
import static dev.clauselint.lsp.server.Contracts.SMALL;
import static dev.clauselint.lsp.server.Contracts.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors that resolve code actions get them without edits, and the edit of the one they pick. */
class CodeActionResolveTest {

    @Test
    void actionsAreListedWithoutEditsButWithWhatResolveNeeds() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            List<CodeAction> listed = at(s, uri, r(8, 0, 8, 0));
            assertEquals(4, listed.size());
            for (CodeAction a : listed) {
                assertNull(a.getEdit(), "no edit until resolved: " + a.getTitle());
                JsonObject data = (JsonObject) a.getData();
                assertEquals(uri, data.get("uri").getAsString());
                assertEquals(1, data.get("version").getAsInt());
                assertEquals("data.training-on-inputs", data.get("rule").getAsString());
                assertEquals(8, data.getAsJsonObject("range").get("startLine").getAsInt());
                assertEquals(TRAINING.length(), data.getAsJsonObject("range").get("endCharacter").getAsInt());
            }
        }
    }

    @Test
    void resolvingGivesTheSameEditsAsAnEditorWithoutResolve() {
        try (LspSession s = LspSession.start(); LspSession inline = LspSession.start(CodeActionsTest.inline())) {
            String uri = s.openMarkdown("small.md", SMALL);
            inline.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            inline.awaitDiagnostics(uri, 1);
            List<CodeAction> lazy = at(s, uri, r(8, 0, 8, 0));
            List<CodeAction> eager = at(inline, uri, r(8, 0, 8, 0));
            for (int i = 0; i < lazy.size(); i++) {
                CodeAction resolved = resolve(s, lazy.get(i));
                assertEquals(eager.get(i).getTitle(), resolved.getTitle());
                assertEquals(eager.get(i).getEdit(), resolved.getEdit(), resolved.getTitle());
            }
            CodeAction here = resolve(s, titled(lazy, "Suppress data.training-on-inputs here"));
            assertEquals(SMALL.replace(TRAINING, "<!-- clauselint-disable-next-line data.training-on-inputs -->\n" + TRAINING),
                    applied(SMALL, here, uri));
        }
    }

    @Test
    void anActionWhoseFindingIsGoneResolvesToNothingAndIsLogged() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            CodeAction fix = at(s, uri, r(8, 0, 8, 0)).get(0);
            s.change(uri, 2, 8, 0, 8, TRAINING.length(), BALANCED_TRAINING);
            assertFalse(has(s.awaitDiagnostics(uri, 2), "data.training-on-inputs"));
            CodeAction resolved = resolve(s, fix);
            assertNull(resolved.getEdit(), "nothing to apply to a clause that is no longer there");
            assertEquals(fix.getTitle(), resolved.getTitle());
            assertTrue(s.client.logs.stream().map(MessageParams::getMessage).anyMatch(m -> m.contains("no longer in " + uri)), "logged");
        }
    }

    @Test
    void aFindingThatMovedIsStillResolvedAgainstTheNewText() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", SMALL);
            s.awaitDiagnostics(uri, 1);
            CodeAction fileWide = titled(at(s, uri, r(12, 0, 12, 0)), "Suppress liability.low-cap in this file");
            // an edit on another line leaves the cap clause where it was: the action still applies, to version 2
            s.change(uri, 2, 8, 0, 8, TRAINING.length(), BALANCED_TRAINING);
            s.awaitDiagnostics(uri, 2);
            CodeAction resolved = resolve(s, fileWide);
            assertEquals(2, Actions.versionOf(resolved, uri));
            assertEquals("<!-- clauselint-disable-file liability.low-cap -->\n" + SMALL.replace(TRAINING, BALANCED_TRAINING),
                    applied(SMALL.replace(TRAINING, BALANCED_TRAINING), resolved, uri));
        }
    }

    @Test
    void anActionFromElsewhereIsReturnedAsItCame() {
        try (LspSession s = LspSession.start()) {
            CodeAction foreign = new CodeAction("Organise imports");
            CodeAction back = resolve(s, foreign);
            assertEquals("Organise imports", back.getTitle());
            assertNull(back.getEdit());
            JsonObject bogus = new JsonObject();
            bogus.addProperty("uri", 42);
            foreign.setData(bogus);
            assertNull(resolve(s, foreign).getEdit(), "malformed data: left alone");
        }
    }
}
