package dev.clauselint.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;

/**
 * The change summary as a command result. The JSON-RPC layer leaves null members out, but the
 * summary's agreed shape writes an absent side as null, so this wrapper writes its JSON with
 * nulls kept.
 */
@JsonAdapter(ChangeSummary.Writer.class)
record ChangeSummary(JsonObject json) {

    static final class Writer extends TypeAdapter<ChangeSummary> {
        @Override
        public void write(JsonWriter out, ChangeSummary value) throws IOException {
            boolean nulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            try {
                TypeAdapters.JSON_ELEMENT.write(out, value == null ? null : value.json());
            } finally {
                out.setSerializeNulls(nulls);
            }
        }

        @Override
        public ChangeSummary read(JsonReader in) throws IOException {
            JsonElement e = TypeAdapters.JSON_ELEMENT.read(in);
            return new ChangeSummary(e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject());
        }
    }
}
