package dev.clauselint.core.kinds;

import dev.clauselint.core.eval.CorpusEvaluation;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.playbook.Example;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.read.ContractReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A prefilter may only ever reject texts its regex cannot match: otherwise a risky clause would
 * silently go unreported. And the review's search (prefilter, then the regex at the scanned word
 * starts) must answer exactly as a plain regex search. Checked for every pattern of both shipped playbooks against every rule
 * example and every sentence and paragraph of the dev corpus.
 */
class PrefilterSoundnessTest {

    @Test
    void noPatternMatchesATextItsPrefilterRejects() throws Exception {
        Set<String> patterns = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            Playbook playbook = PlaybookLoader.defaultPlaybook(p);
            for (Rule r : playbook.rules()) {
                patterns.addAll(r.kind().patterns());
                for (Example e : r.flagged()) texts.add(e.text());
                for (Example e : r.clean()) texts.add(e.text());
            }
        }
        ContractReader reader = new ContractReader();
        Path corpus = CorpusEvaluation.corpus();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                ContractDocument d = reader.read(Files.readAllBytes(f), f.toString());
                PartyText parties = PartyText.of(d.parties());
                for (Sentence s : d.sentences()) texts.add(parties.normalise(d.text(s)));
                d.blocks().forEach(b -> texts.add(parties.normalise(d.text(b.plain()))));
            }
        }
        List<ClausePattern> compiled = patterns.stream().map(ClausePattern::compile).toList();
        AtomScanner scanner = AtomScanner.of(compiled);
        int matches = 0;
        for (String text : texts) {
            ScannedText scanned = scanner.scan(text);
            Prefilter.Atoms searched = Prefilter.Atoms.of(text);
            for (ClausePattern p : compiled) {
                boolean plain = p.find(text);
                // the review's way: prefilter, then the regex at the scanned word starts
                if (p.find(scanned, text) != plain) {
                    fail(p.regex() + (plain ? " matches" : " does not match") + " but the scanned search disagrees: " + text);
                }
                if (!plain) continue;
                matches++;
                if (!p.prefilter().admits(searched)) {
                    fail("prefilter " + p.prefilter() + " of " + p.regex() + " rejects a text it matches: " + text);
                }
            }
        }
        assertTrue(texts.size() > 5_000 && matches > 1_000, "too little was checked: " + texts.size() + " texts, " + matches + " matches");
    }
}
