package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Quick fixes for findings: each alternative wording (or the missing clause) from the playbook,
 * suppress the rule on that line or in the file, and disable it for the workspace. Every action
 * carries its edit; editors that can resolve actions get them without edits first and ask for the
 * edit of the one the user picks.
 */
final class CodeActions {
    /** What an action does; kept in its data so resolve can compute the edit later. */
    private static final String FIX = "fix:";
    private static final String HERE = "suppress-line";
    private static final String FILE = "suppress-file";
    private static final String WORKSPACE = "disable-workspace";

    private CodeActions() {
    }

    static List<Either<Command, CodeAction>> actions(Analysis a, CodeActionParams params, ClauselintServer server) {
        Range range = checked(params.getRange());
        if (!wantsQuickFixes(params.getContext())) return List.of();
        int from = a.offset(range.getStart());
        int to = a.offset(range.getEnd());
        boolean lazy = resolvesEdits(server.capabilities());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (Finding f : a.findings()) {
            Diagnostic d = sent(params.getContext(), a, f);
            if (d == null && (f.span().start() > to || f.span().end() < from)) continue;
            if (d == null) d = DiagnosticFactory.of(a, f);
            for (String what : offers(f, server)) {
                CodeAction action = new CodeAction(title(f, what));
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(d));
                if (what.equals(FIX + 0)) action.setIsPreferred(true);
                if (what.equals(WORKSPACE)) action.setCommand(disableCommand(a, f));
                if (lazy) action.setData(data(a, f, what));
                else action.setEdit(edit(a, f, what, server));
                out.add(Either.forRight(action));
            }
        }
        return out;
    }

    /** Fills in the edit of an action listed without one; unchanged (and logged) when its finding is gone. */
    static CodeAction resolve(Analysis a, CodeAction action, ClauselintServer server) {
        JsonObject data = dataOf(action);
        String ruleId = string(data, "rule");
        String what = string(data, "action");
        Range range = rangeOf(data);
        Finding finding = null;
        for (Finding f : a.findings()) {
            if (f.ruleId().equals(ruleId) && a.range(f.span()).equals(range)) finding = f;
        }
        if (finding == null || what == null || !offers(finding, server).contains(what)) {
            server.log(MessageType.Info, "code action \"" + action.getTitle() + "\": the finding is no longer in "
                    + a.uri() + " (version " + a.version() + "); nothing to apply");
            return action;
        }
        action.setEdit(edit(a, finding, what, server));
        return action;
    }

    /** The document a code action was made for (kept in its data), or null. */
    static String uriOf(CodeAction action) {
        return string(dataOf(action), "uri");
    }

    private static List<String> offers(Finding f, ClauselintServer server) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.fixes().size(); i++) out.add(FIX + i);
        out.add(HERE);
        out.add(FILE);
        if (server.configuration().workspaceFile() != null) out.add(WORKSPACE);
        return out;
    }

    private static String title(Finding f, String what) {
        return switch (what) {
            case HERE -> "Suppress " + f.ruleId() + " here";
            case FILE -> "Suppress " + f.ruleId() + " in this file";
            case WORKSPACE -> "Disable " + f.ruleId() + " in this workspace";
            default -> f.fixes().get(fixIndex(what)).title();
        };
    }

    private static WorkspaceEdit edit(Analysis a, Finding f, String what, ClauselintServer server) {
        ClientCapabilities caps = server.capabilities();
        return switch (what) {
            case HERE -> WorkspaceEdits.forDocument(caps, a.uri(), a.version(), List.of(DirectiveInsertions.aboveLine(a, f.span().start(), f.ruleId())));
            case FILE -> WorkspaceEdits.forDocument(caps, a.uri(), a.version(), List.of(DirectiveInsertions.atTop(a, f.ruleId())));
            case WORKSPACE -> settingsFileEdit(server, f.ruleId());
            default -> {
                Fix fix = f.fixes().get(fixIndex(what));
                List<TextEdit> edits = new ArrayList<>();
                for (var e : fix.edits()) edits.add(new TextEdit(a.range(e.span()), e.newText()));
                yield WorkspaceEdits.forDocument(caps, a.uri(), a.version(), edits);
            }
        };
    }

    /**
     * Adds the rule to the workspace settings file as it is on disk now. Null when the editor cannot
     * express that (no file-creation support) or the file cannot be edited safely: the action's
     * command then does the work, and reports any problem.
     */
    private static WorkspaceEdit settingsFileEdit(ClauselintServer server, String ruleId) {
        Path file = server.configuration().workspaceFile();
        try {
            String text = RuleSwitch.read(file);
            var change = DisableListEdit.add(text, ruleId, file);
            if (change == null) return null;
            return WorkspaceEdits.forFile(server.capabilities(), file, text, Files.exists(file), change);
        } catch (java.io.IOException | Configuration.SettingsFileException e) {
            server.log(MessageType.Warning, "cannot prepare the edit of " + file + ": " + e.getMessage());
            return null;
        }
    }

    private static Command disableCommand(Analysis a, Finding f) {
        return new Command("Disable " + f.ruleId() + " in this workspace", ClauselintServer.CMD_DISABLE_RULE, List.of(f.ruleId(), a.uri()));
    }

    private static int fixIndex(String what) {
        return Integer.parseInt(what.substring(FIX.length()));
    }

    /** The editor's own diagnostic for this finding, when it sent one (same code and range). */
    private static Diagnostic sent(CodeActionContext context, Analysis a, Finding f) {
        if (context == null || context.getDiagnostics() == null) return null;
        Range range = a.range(f.span());
        for (Diagnostic d : context.getDiagnostics()) {
            if (d != null && d.getCode() != null && d.getCode().isLeft() && f.ruleId().equals(d.getCode().getLeft())
                    && range.equals(d.getRange())) {
                return d;
            }
        }
        return null;
    }

    /** Whether the editor asked for quick fixes (or did not narrow the kinds at all). */
    private static boolean wantsQuickFixes(CodeActionContext context) {
        List<String> only = context == null ? null : context.getOnly();
        if (only == null || only.isEmpty()) return true;
        for (String kind : only) {
            if (CodeActionKind.QuickFix.equals(kind) || CodeActionKind.Empty.equals(kind)) return true;
        }
        return false;
    }

    private static boolean resolvesEdits(ClientCapabilities caps) {
        var td = caps == null ? null : caps.getTextDocument();
        var ca = td == null ? null : td.getCodeAction();
        var rs = ca == null ? null : ca.getResolveSupport();
        return rs != null && rs.getProperties() != null && rs.getProperties().contains("edit");
    }

    private static Range checked(Range r) {
        if (r == null || r.getStart() == null || r.getEnd() == null) throw new IllegalArgumentException("the request has no range");
        Position s = r.getStart();
        Position e = r.getEnd();
        if (s.getLine() < 0 || s.getCharacter() < 0 || e.getLine() < 0 || e.getCharacter() < 0) {
            throw new IllegalArgumentException("negative position in range " + show(r));
        }
        if (s.getLine() > e.getLine() || s.getLine() == e.getLine() && s.getCharacter() > e.getCharacter()) {
            throw new IllegalArgumentException("range " + show(r) + " ends before it starts");
        }
        return r;
    }

    private static String show(Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }

    private static JsonObject data(Analysis a, Finding f, String what) {
        JsonObject o = new JsonObject();
        o.addProperty("uri", a.uri());
        o.addProperty("version", a.version());
        o.addProperty("rule", f.ruleId());
        Range r = a.range(f.span());
        JsonObject range = new JsonObject();
        range.addProperty("startLine", r.getStart().getLine());
        range.addProperty("startCharacter", r.getStart().getCharacter());
        range.addProperty("endLine", r.getEnd().getLine());
        range.addProperty("endCharacter", r.getEnd().getCharacter());
        o.add("range", range);
        o.addProperty("action", what);
        return o;
    }

    private static JsonObject dataOf(CodeAction action) {
        return action != null && action.getData() instanceof JsonObject o ? o : new JsonObject();
    }

    private static Range rangeOf(JsonObject data) {
        JsonElement r = data.get("range");
        if (r == null || !r.isJsonObject()) return null;
        JsonObject o = r.getAsJsonObject();
        Integer sl = integer(o, "startLine");
        Integer sc = integer(o, "startCharacter");
        Integer el = integer(o, "endLine");
        Integer ec = integer(o, "endCharacter");
        if (sl == null || sc == null || el == null || ec == null) return null;
        return new Range(new Position(sl, sc), new Position(el, ec));
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : null;
    }

    private static Integer integer(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() ? v.getAsInt() : null;
    }
}
