package dev.clauselint.core.review;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quick review after typing in one paragraph must agree with reading the whole new text: the
 * same document model exactly, and the same clause findings. (Findings of whole-document rules may
 * lag until the full review that follows; they are compared there.)
 */
class ParagraphEditTest {
    private static final Reviewer REVIEWER = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
    private static final String[] TYPED = {"s", " may", " will not", "", " Customer Content", " we may use your content to train our models and",
            " indemnify", "\u201c", " (the \u201cFoo\u201d)"};

    @TestFactory
    Stream<DynamicTest> randomEditsInCorpusDocumentsMatchAFullReading() throws IOException {
        Path corpus = Path.of(System.getProperty("clauselint.shared", "../shared"), "corpus");
        List<Path> docs;
        try (Stream<Path> s = Files.list(corpus)) {
            docs = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().limit(8).toList();
        }
        assertFalse(docs.isEmpty(), "no corpus documents under " + corpus);
        return docs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException, UnreadableInputException {
        ContractReader reader = new ContractReader();
        String text = Files.readString(file);
        Review previous = REVIEWER.review(reader.read(text, file.toString()));
        Random random = new Random(file.getFileName().toString().hashCode());
        int quick = 0;
        for (int k = 0; k < 30; k++) {
            int start = random.nextInt(text.length());
            int oldEnd = Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(8) : 0));
            String typed = TYPED[random.nextInt(TYPED.length)];
            String next = text.substring(0, start) + typed + text.substring(oldEnd);
            Review edited = REVIEWER.reviewEdit(previous, next, start, oldEnd, typed);
            Review full = REVIEWER.review(reader.read(next, file.toString()));
            if (edited != null) {
                quick++;
                String where = file.getFileName() + " after replacing [" + start + "," + oldEnd + ") with '" + typed + "'";
                assertEquals(model(full.document()), model(edited.document()), where);
                assertEquals(clauseFindings(full), clauseFindings(edited), where);
                assertTrue(edited.provisional());
            }
            previous = edited != null && k % 2 == 0 ? edited : full;
            text = next;
        }
        assertTrue(quick > 0, "no edit in " + file.getFileName() + " qualified for a quick review");
    }

    @Test
    void anEditThatAddsALineBreakOrTouchesAHeadingNeedsAFullReview() throws UnreadableInputException {
        String text = "# Terms\n\n## 1. Data\n\nWe may use your content to train our models.\n\nYou own your outputs.\n";
        Review r = REVIEWER.review(new ContractReader().read(text, "t.md"));
        int at = text.indexOf("train");
        assertNull(REVIEWER.reviewEdit(r, text.substring(0, at) + "\n" + text.substring(at), at, at, "\n"), "a new line may start a new block");
        int h = text.indexOf("Data");
        assertNull(REVIEWER.reviewEdit(r, text.substring(0, h) + "X" + text.substring(h), h, h, "X"), "headings shape the sections");
        Review quick = REVIEWER.reviewEdit(r, text.substring(0, at) + "re" + text.substring(at), at, at, "re");
        assertNotNull(quick, "typing inside a paragraph is quick");
        assertTrue(quick.findings().stream().anyMatch(f -> f.ruleId().equals("data.training-on-inputs")));
        int may = text.indexOf("may");
        String balanced = text.substring(0, may) + "will not" + text.substring(may + 3);
        Review fixed = REVIEWER.reviewEdit(r, balanced, may, may + 3, "will not");
        assertNotNull(fixed);
        assertFalse(fixed.findings().stream().anyMatch(f -> f.ruleId().equals("data.training-on-inputs")),
                "the balanced clause is no longer flagged");
    }

    private static List<String> clauseFindings(Review r) {
        List<String> out = new ArrayList<>();
        for (var f : r.findings()) {
            if (f.ruleId().startsWith("missing.") || f.ruleId().startsWith("draft.")) continue;
            out.add(f.ruleId() + " " + f.span() + " " + f.plain() + " " + f.message());
        }
        return out;
    }

    private static String model(ContractDocument d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.source().hashCode()).append(' ').append(d.text()).append('\n');
        for (Block b : d.blocks()) sb.append(b).append('\n');
        for (Sentence s : d.sentences()) sb.append(s).append('\n');
        for (Section s : d.sections()) sb.append(s).append('\n');
        for (DefinedTerm t : d.terms()) sb.append(t).append('\n');
        for (int i = 0; i < d.text().length(); i++) sb.append(d.toSource(new Span(i, i + 1)).start()).append(',');
        return sb.toString();
    }
}
