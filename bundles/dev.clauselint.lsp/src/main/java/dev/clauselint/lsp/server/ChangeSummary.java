package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
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
        /** Gson's own adapter for JSON trees, through its public API (its internal package is not exported in OSGi). */
        private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

        @Override
        public void write(JsonWriter out, ChangeSummary value) throws IOException {
            boolean nulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            try {
                ELEMENTS.write(out, value == null ? null : value.json());
            } finally {
                out.setSerializeNulls(nulls);
            }
        }

        @Override
        public ChangeSummary read(JsonReader in) throws IOException {
            JsonElement e = ELEMENTS.read(in);
            return new ChangeSummary(e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject());
        }
    }
}
