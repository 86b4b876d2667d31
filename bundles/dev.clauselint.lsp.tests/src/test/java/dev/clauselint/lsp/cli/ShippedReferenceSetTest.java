package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.lsp.ReferenceData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The reference set shipped in the core bundle is what {@code dev/reference.sh} makes from the dev
 * corpus with the current rules (its date aside), so hover never quotes counts of older rules.
 */
class ShippedReferenceSetTest {
    private static final String REGENERATE = "The shipped reference set is stale: the rules or the corpus changed."
            + " Regenerate it from the repository root with: dev/reference.sh"
            + " (./clauselint reference build --label \"AI vendor terms\" -o bundles/dev.clauselint.core/src/main/resources"
            + ReferenceData.SHIPPED_RESOURCE + " ../shared/corpus/*.md) and commit the result.";

    @Test
    void theShippedSetMatchesWhatTheGeneratorMakesFromTheDevCorpusNow() throws IOException {
        String shipped = shippedText();
        ReferenceSet set = ReferenceData.read(shipped, ReferenceData.SHIPPED_RESOURCE);
        List<String> args = new ArrayList<>(List.of("reference", "build", "--label", set.label(), "--date", set.snapshot()));
        for (Path p : corpusFiles()) args.add(p.toString());
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
        assertEquals(shipped, r.out(), REGENERATE);
    }

    @Test
    void theShippedSetCoversEveryShippedRuleAndTheTwelveCorpusDocuments() throws IOException {
        ReferenceSet set = ReferenceData.shipped();
        assertNotNull(set, "the shipped set loads");
        assertEquals(corpusFiles().size(), set.documents().size());
        assertEquals(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).rules().size(), set.categories().size());
    }

    private static String shippedText() throws IOException {
        try (InputStream in = ReferenceSet.class.getResourceAsStream(ReferenceData.SHIPPED_RESOURCE)) {
            assertNotNull(in, ReferenceData.SHIPPED_RESOURCE + " is in the core bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The dev corpus's vendor terms: the top-level files only (versions/ and large/ are other material). */
    private static List<Path> corpusFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("clauselint.shared", "../shared")).resolve("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
