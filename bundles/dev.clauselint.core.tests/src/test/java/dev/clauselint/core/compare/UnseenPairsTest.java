package dev.clauselint.core.compare;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.read.TestDocs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairs nobody calibrated on: made from the dev corpus's single documents by changes whose
 * verdict is known. Presentation changes (spacing, line endings, link targets with tracking
 * parameters, sections reordered and renumbered) must be noise; a risky sentence slipped in must
 * be a substantive, riskier change.
 */
class UnseenPairsTest {
    private static final Path CORPUS = Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus");
    /** Enough documents to vary the shapes of headings and links, few enough for two shared cores. */
    private static final int DOCUMENTS = 5;

    private static List<Path> documents() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no dev corpus at " + CORPUS);
        return VersionPairs.list(CORPUS, p -> p.toString().endsWith(".md")).stream().limit(DOCUMENTS).toList();
    }

    private static String read(Path p) {
        return VersionPairs.read(p);
    }

    private static VersionComparison compare(String before, String after) {
        return new VersionComparer(VersionPairs.REVIEWER).compare(TestDocs.md(before), TestDocs.md(after));
    }

    @TestFactory
    Stream<DynamicTest> presentationChangesAreNoise() {
        return documents().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = read(p);
            String restyled = text.replace(". ", ".  ").replace("\n", "\r\n")
                    .replaceAll("\\]\\((https?://[^)\\s?]+)[^)\\s]*\\)", "]($1?utm_source=newsletter&utm_medium=email)");
            VersionComparison c = compare(text, restyled);
            assertFalse(c.substantive(), DevVersionPairsTest.describe(c));
        }));
    }

    @TestFactory
    Stream<DynamicTest> reorderedRenumberedSectionsAreNoise() {
        return documents().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ContractDocument doc = TestDocs.md(read(p));
            List<String> sections = sectionsAsMarkdown(doc);
            Assumptions.assumeTrue(sections.size() >= 3, "too few sections to reorder");
            List<String> rotated = new ArrayList<>(sections.subList(sections.size() / 2, sections.size()));
            rotated.addAll(sections.subList(0, sections.size() / 2));
            VersionComparison c = compare(join(sections), join(rotated));
            assertFalse(c.substantive(), DevVersionPairsTest.describe(c));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRiskySentenceSlippedInIsARiskierChange() {
        return documents().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = read(p);
            int middle = text.indexOf("\n\n", text.length() / 2);
            if (middle < 0) middle = text.indexOf('\n', text.length() / 2); // a text without blank lines
            Assumptions.assumeTrue(middle > 0);
            String changed = text.substring(0, middle) + "\n\nWe may use your inputs and outputs to train and improve our models."
                    + text.substring(middle);
            VersionComparison c = compare(text, changed);
            assertTrue(c.substantive());
            assertTrue(c.changes().stream().anyMatch(x -> x.risk() == RiskDirection.UP), DevVersionPairsTest.describe(c));
            assertEquals(1, c.edits().size(), DevVersionPairsTest.describe(c));
        }));
    }

    /** Each section as its own Markdown block, numbered by position, its own sentences as one paragraph. */
    private static List<String> sectionsAsMarkdown(ContractDocument doc) {
        List<StringBuilder> bodies = new ArrayList<>();
        for (int i = 0; i < doc.sections().size(); i++) bodies.add(new StringBuilder());
        for (Sentence s : doc.sentences()) {
            if (!s.heading() && s.section() >= 0) bodies.get(s.section()).append(doc.text(s).strip()).append(' ');
        }
        List<String> out = new ArrayList<>();
        for (Section sec : doc.sections()) {
            if (bodies.get(sec.index()).length() == 0) continue;
            out.add(sec.title().strip() + "\n\n" + bodies.get(sec.index()).toString().strip() + "\n");
        }
        return out;
    }

    private static String join(List<String> sections) {
        StringBuilder b = new StringBuilder("# Terms\n\n");
        for (int i = 0; i < sections.size(); i++) b.append("## ").append(i + 1).append(". ").append(sections.get(i)).append('\n');
        return b.toString();
    }
}
