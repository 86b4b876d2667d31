package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.clauselint.core.review.TextEdit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code clauselint.disableRule [ruleId, uri?]}: lists the rule under {@code disable:} in the
 * workspace settings file (created when missing) and reviews every open contract again.
 * Idempotent: when the "Disable in this workspace" code action's edit has already put the id in
 * the file, nothing is written and the settings are only reloaded.
 */
final class RuleSwitch {
    /** One writer at a time, so two quick clicks cannot lose an id. */
    private static final Object FILE_LOCK = new Object();

    private RuleSwitch() {
    }

    static CompletableFuture<Object> disable(ClauselintServer server, ExecuteCommandParams params) {
        String ruleId;
        Path file;
        try {
            ruleId = ruleId(params.getArguments());
            if (server.scheduler.setup().rule(ruleId) == null) throw Requests.invalidParams("no rule \"" + ruleId + "\" (see clauselint rules)");
            file = server.configuration().workspaceFile();
            if (file == null) throw Requests.invalidParams("there is no workspace folder to keep " + Configuration.WORKSPACE_FILE + " in");
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
        return server.requests().run(ClauselintServer.CMD_DISABLE_RULE, () -> {
            boolean written = write(file, ruleId);
            server.log(MessageType.Info, written ? "disabled " + ruleId + " in " + file : ruleId + " was already disabled in " + file);
            server.applySettings(true);
            JsonObject result = new JsonObject();
            result.addProperty("rule", ruleId);
            result.addProperty("file", file.toString());
            result.addProperty("changed", written);
            return result;
        });
    }

    /** Adds the id to the file; false when it was listed already. */
    static boolean write(Path file, String ruleId) {
        synchronized (FILE_LOCK) {
            try {
                String text = read(file);
                TextEdit edit = DisableListEdit.add(text, ruleId, file);
                if (edit == null) return false;
                Files.writeString(file, TextEdit.apply(text, List.of(edit)), StandardCharsets.UTF_8);
                return true;
            } catch (Configuration.SettingsFileException e) {
                throw Requests.invalidParams(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
            }
        }
    }

    /** The settings file's text, or "" when there is none yet. */
    static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** The first argument, a rule id given as a string; a second argument (the document) is not needed. */
    private static String ruleId(List<Object> args) {
        Object first = args == null || args.isEmpty() ? null : args.get(0);
        String id = first instanceof String s ? s
                : first instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
        if (id == null || id.isBlank()) {
            throw Requests.invalidParams(ClauselintServer.CMD_DISABLE_RULE + " needs the rule id as its first argument, e.g. [\"data.training-on-inputs\"]");
        }
        return id.strip();
    }

}
