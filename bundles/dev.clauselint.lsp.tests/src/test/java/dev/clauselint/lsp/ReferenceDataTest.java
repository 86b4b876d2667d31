package dev.clauselint.lsp;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.reference.CategoryFacts;
import dev.clauselint.core.reference.ReferenceDocument;
import dev.clauselint.core.reference.ReferenceJson;
import dev.clauselint.core.reference.ReferenceSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading reference sets back: what the core writes reads as the same set; anything else is refused by name. */
class ReferenceDataTest {
    @Test
    void whatTheCoreWritesReadsBackAsTheSameSet() {
        ReferenceSet set = new ReferenceSet("2026-04-30", Perspective.VENDOR, "deals", List.of(
                new ReferenceDocument("acme", "x/acme.md", 12, 'A'), new ReferenceDocument("b\"c", "b.md", 99, 'E')),
                List.of(new CategoryFacts("warranty.as-is", List.of("acme"), List.of("b\"c"), "missing.sla", List.of()),
                        new CategoryFacts("draft.undefined-term", List.of(), List.of("acme", "b\"c"), null, List.of())));
        assertEquals(set, ReferenceData.read(ReferenceJson.write(set), "mine.json"));
    }

    @Test
    void aFileThatIsNotAReferenceSetIsRefusedNamingIt() {
        for (String bad : List.of("not json", "[]", "{\"format\": 1}", "{\"format\": 7, \"perspective\": \"customer\"}",
                "{\"format\": 1, \"snapshot\": \"d\", \"perspective\": \"buyer\", \"label\": \"x\", \"documents\": [], \"categories\": []}",
                "{\"format\": 1, \"snapshot\": \"d\", \"perspective\": \"customer\", \"label\": \"x\", \"documents\": [{\"name\": \"a\"}], \"categories\": []}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceData.read(bad, "mine.json"), bad);
            assertTrue(e.getMessage().startsWith("mine.json: "), e.getMessage());
        }
    }
}
