package dev.clauselint.lsp.server;

import dev.clauselint.core.review.TextEdit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding a rule to the disable list of .clauselint.yaml keeps the file as the team wrote it. */
class DisableListEditTest {
    private static final Path FILE = Path.of("/ws/.clauselint.yaml");

    private static String add(String text, String id) throws Configuration.SettingsFileException {
        TextEdit e = DisableListEdit.add(text, id, FILE);
        return e == null ? null : TextEdit.apply(text, List.of(e));
    }

    @Test
    void aMissingOrEmptyFileGetsAList() throws Exception {
        assertEquals("disable:\n  - x.y\n", add("", "x.y"));
        assertEquals("disable:\n  - x.y\n", add("disable:\n", "x.y"));
    }

    @Test
    void otherKeysAndCommentsStayAndTheListIsAddedAtTheEnd() throws Exception {
        assertEquals("# team settings\nperspective: vendor\ndisable:\n  - x.y\n", add("# team settings\nperspective: vendor\n", "x.y"));
        assertEquals("perspective: vendor\ndisable:\n  - x.y\n", add("perspective: vendor", "x.y"));
    }

    @Test
    void aBlockListGetsANewItemAfterItsLast() throws Exception {
        String text = "perspective: vendor\ndisable:\n  - a.b # legacy\n  - c.d\n\n# severity next\nseverity:\n  missing.sla: low\n";
        assertEquals("perspective: vendor\ndisable:\n  - a.b # legacy\n  - c.d\n  - x.y\n\n# severity next\nseverity:\n  missing.sla: low\n",
                add(text, "x.y"));
        assertEquals("disable:\n- a.b\n- x.y\nperspective: vendor\n", add("disable:\n- a.b\nperspective: vendor\n", "x.y"), "items as indented as the key");
        assertEquals("disable:\n  - a.b\n  - x.y", add("disable:\n  - a.b", "x.y").stripTrailing(), "last line without a line break");
    }

    @Test
    void flowListsAndSingleIdsGrow() throws Exception {
        assertEquals("disable: [a.b, c.d, x.y]  # inline\nperspective: vendor\n", add("disable: [a.b, c.d]  # inline\nperspective: vendor\n", "x.y"));
        assertEquals("disable: [x.y]\n", add("disable: []\n", "x.y"));
        assertEquals("disable: [a.b, x.y]\n", add("disable: a.b\n", "x.y"));
        assertEquals("disabledRules: [x.y]\n", add("disabledRules: ~\n", "x.y"));
    }

    @Test
    void settingsUnderAClauselintSectionStayThere() throws Exception {
        assertEquals("clauselint:\n  perspective: vendor\n  disable:\n    - x.y\n", add("clauselint:\n  perspective: vendor\n", "x.y"));
        assertEquals("clauselint:\n    disable:\n      - a.b\n      - x.y\n", add("clauselint:\n    disable:\n      - a.b\n", "x.y"));
    }

    @Test
    void windowsLineEndingsAreKept() throws Exception {
        assertEquals("perspective: vendor\r\ndisable:\r\n  - x.y\r\n", add("perspective: vendor\r\n", "x.y"));
        assertEquals("disable:\r\n  - a.b\r\n  - x.y\r\n", add("disable:\r\n  - a.b\r\n", "x.y"));
    }

    @Test
    void anIdListedAlreadyNeedsNoEdit() throws Exception {
        assertNull(add("disable:\n  - x.y\n", "x.y"));
        assertNull(add("disabledRules: [x.y]\n", "x.y"));
        assertNull(add("clauselint:\n  disable: x.y\n", "x.y"));
    }

    @Test
    void aFileThatIsNotSettingsIsNotTouched() {
        var broken = assertThrows(Configuration.SettingsFileException.class, () -> add("disable: [a.b\n", "x.y"));
        assertTrue(broken.getMessage().contains(".clauselint.yaml"), broken.getMessage());
        var list = assertThrows(Configuration.SettingsFileException.class, () -> add("- a.b\n", "x.y"));
        assertTrue(list.getMessage().contains("expected settings"), list.getMessage());
        var multiLine = assertThrows(Configuration.SettingsFileException.class, () -> add("disable: [a.b,\n  c.d]\n", "x.y"));
        assertTrue(multiLine.getMessage().contains("add it by hand"), multiLine.getMessage());
    }
}
