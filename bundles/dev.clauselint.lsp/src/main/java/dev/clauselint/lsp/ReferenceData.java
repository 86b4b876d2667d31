package dev.clauselint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.reference.CategoryFacts;
import dev.clauselint.core.reference.ReferenceDocument;
import dev.clauselint.core.reference.ReferenceJson;
import dev.clauselint.core.reference.ReferenceSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads reference sets (the JSON that {@code clauselint reference build} writes) and holds the one
 * shipped in the core bundle. A broken file is refused with a message naming it, never half-read.
 */
public final class ReferenceData {
    /** The shipped set: the dev corpus of AI vendor terms, a resource of the core bundle. */
    public static final String SHIPPED_RESOURCE = "/dev/clauselint/core/reference/ai-vendor-terms.json";

    private static volatile ReferenceSet shipped;
    private static volatile boolean shippedLoaded;

    private ReferenceData() {
    }

    /** The shipped reference set, or null when this build lacks it or it is broken (a build bug, not the user's). */
    public static ReferenceSet shipped() {
        if (!shippedLoaded) {
            try (InputStream in = ReferenceSet.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                shipped = in == null ? null : read(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED_RESOURCE);
            } catch (IOException | IllegalArgumentException e) {
                shipped = null;
            }
            shippedLoaded = true;
        }
        return shipped;
    }

    /**
     * Parses a reference set.
     *
     * @param source names the file in error messages
     * @throws IllegalArgumentException naming {@code source} and what is wrong
     */
    public static ReferenceSet read(String json, String source) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            int format = o.has("format") ? o.get("format").getAsInt() : -1;
            if (format != ReferenceJson.FORMAT) {
                throw new IllegalArgumentException(source + ": not a reference set of format " + ReferenceJson.FORMAT
                        + " (rebuild it with clauselint reference build)");
            }
            Perspective perspective = Perspective.parse(text(o, "perspective"));
            if (perspective == null) throw new IllegalArgumentException(source + ": perspective must be customer or vendor");
            List<ReferenceDocument> documents = new ArrayList<>();
            for (JsonElement e : array(o, "documents")) {
                JsonObject d = e.getAsJsonObject();
                String grade = text(d, "grade");
                documents.add(new ReferenceDocument(text(d, "name"), text(d, "file"), d.get("score").getAsInt(),
                        grade.isEmpty() ? '?' : grade.charAt(0)));
            }
            List<CategoryFacts> categories = new ArrayList<>();
            for (JsonElement e : array(o, "categories")) {
                JsonObject c = e.getAsJsonObject();
                JsonElement protection = c.get("protection");
                categories.add(new CategoryFacts(text(c, "id"), names(c, "flagged"), names(c, "notFlagged"),
                        protection == null || protection.isJsonNull() ? null : protection.getAsString(),
                        names(c, "offeringProtection")));
            }
            return new ReferenceSet(text(o, "snapshot"), perspective, text(o, "label"), documents, categories);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                 | NumberFormatException e) {
            throw new IllegalArgumentException(source + ": not a valid reference set: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) throw new IllegalStateException("\"" + key + "\" is missing");
        return e.getAsString();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) throw new IllegalStateException("\"" + key + "\" must be a list");
        return e.getAsJsonArray();
    }

    private static List<String> names(JsonObject o, String key) {
        List<String> names = new ArrayList<>();
        for (JsonElement e : array(o, key)) names.add(e.getAsString());
        return names;
    }
}
