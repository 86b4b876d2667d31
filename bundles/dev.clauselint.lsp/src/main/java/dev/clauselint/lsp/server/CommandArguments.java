package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * Reads the arguments of {@code workspace/executeCommand}. Editors send a document or file as a
 * plain string, a JSON string, or an object {@code {"uri": ...}} / {@code {"path": ...}}; every
 * command accepts all of them.
 */
final class CommandArguments {
    private CommandArguments() {
    }

    /**
     * The argument at {@code index} as a string, or null when there is none.
     *
     * @throws IllegalArgumentException when it is there but is neither a string nor such an object
     */
    static String string(List<Object> args, int index) {
        if (args == null || args.size() <= index || args.get(index) == null) return null;
        Object v = args.get(index);
        if (v instanceof String s) return s;
        if (v instanceof JsonElement json) {
            if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) return json.getAsString();
            if (json.isJsonObject()) {
                String named = named(json.getAsJsonObject());
                if (named != null) return named;
            }
        }
        if (v instanceof Map<?, ?> map) {
            for (String key : KEYS) if (map.get(key) instanceof String s) return s;
        }
        throw new IllegalArgumentException("argument " + (index + 1) + " must be a string, not " + v);
    }

    /**
     * The document URI, the first argument.
     *
     * @param usage what the command needs, the start of the error message when the URI is missing
     *              or of the wrong kind
     */
    static String uri(List<Object> args, String usage) {
        String uri;
        try {
            uri = string(args, 0);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.isBlank()) {
            boolean missing = args == null || args.isEmpty() || args.get(0) == null;
            throw new IllegalArgumentException(missing ? usage : usage + ", not " + args.get(0));
        }
        return uri;
    }

    private static final List<String> KEYS = List.of("uri", "path");

    private static String named(JsonObject object) {
        for (String key : KEYS) {
            JsonElement e = object.get(key);
            if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return e.getAsString();
        }
        return null;
    }
}
