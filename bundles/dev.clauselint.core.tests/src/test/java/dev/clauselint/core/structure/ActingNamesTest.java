package dev.clauselint.core.structure;

import dev.clauselint.core.eval.CorpusEvaluation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written scan for "Name may" finds exactly what the regex it replaced found. */
class ActingNamesTest {
    /** The specification: the regex the party detector used to run over the text. */
    private static final Pattern ACTOR = Pattern.compile(
            "\\b([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?)(?:\u2019s|'s)?\\s+(?:may|will|shall|must|can|reserves|does|is not|agrees|retains|owns)\\b");

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ACTOR.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void findsNamesBeforeTheirVerbs() {
        assertEquals(List.of("Anthropic", "Acme Corp", "OpenAI"),
                ActingNames.in("Anthropic may use it. Acme Corp's will apply; OpenAI is not liable. Stability might."));
    }

    @Test
    void sameAsTheRegexOnTrickyText() {
        for (String t : List.of("", "A may", "Ab may", "Ab  \t may", "Ab maybe", "Ab mayor", "xAb may", "_Ab may", "\u00E9Ab may",
                "e\u0301Ab may", "Ab may\u0301", "Ab'smay", "Ab's may", "Ab\u2019s\nshall", "Ab Cd Ef may", "Ab Cd's owns it",
                "Ab C may", "AB12 can", "Ab is not", "Ab is nothing", "Ab agrees", "Ab agreesx", "Ab  Cd may", "\uD835\uDC00Ab may",
                "Ab may Cd will Ef shall", "Ab Cd", "Ab may.", "Ab\u00A0may")) {
            assertEquals(byRegex(t), ActingNames.in(t), t);
        }
    }

    @Test
    void sameAsTheRegexOnRealTermsAndRandomText() throws Exception {
        try (Stream<Path> files = Files.list(CorpusEvaluation.corpus())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertEquals(byRegex(text), ActingNames.in(text), f.toString());
            }
        }
        String[] pieces = {"Ab", "Cd", "A", "x", " ", "  ", "\n", "'s", "\u2019s", "may", "will", "is not", "owns", "can",
                "_", "\u0301", "\u00E9", ".", "1", "Zz9", "mayor"};
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
            String t = sb.toString();
            assertEquals(byRegex(t), ActingNames.in(t), t);
        }
    }
}
