package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every command takes a document or file the ways editors send it. */
class CommandArgumentsTest {
    private static final String URI = "file:///contracts/terms.md";

    @Test
    void aStringAJsonStringOrAnObjectWithUriOrPathAllWork() {
        JsonObject withUri = new JsonObject();
        withUri.addProperty("uri", URI);
        JsonObject withPath = new JsonObject();
        withPath.addProperty("path", "old/terms.md");
        assertEquals(URI, CommandArguments.string(List.of(URI), 0));
        assertEquals(URI, CommandArguments.string(List.of(new JsonPrimitive(URI)), 0));
        assertEquals(URI, CommandArguments.string(List.of(withUri), 0));
        assertEquals("old/terms.md", CommandArguments.string(List.of(URI, withPath), 1));
        assertEquals(URI, CommandArguments.string(List.of(Map.of("uri", URI)), 0));
        assertNull(CommandArguments.string(List.of(URI), 1), "a missing argument is null, for the command to explain");
    }

    @Test
    void aMissingOrWrongUriIsExplainedWithWhatTheCommandNeeds() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.uri(List.of(), "x needs the document URI"));
        assertEquals("x needs the document URI", none.getMessage());
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.uri(List.of(42), "x needs the document URI"));
        assertEquals("x needs the document URI, not 42", number.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.uri(Arrays.asList(" "), "x needs the document URI"));
        assertEquals("x needs the document URI, not  ", blank.getMessage());
        IllegalArgumentException second = assertThrows(IllegalArgumentException.class,
                () -> CommandArguments.string(List.of(URI, 7), 1));
        assertEquals("argument 2 must be a string, not 7", second.getMessage());
    }
}
