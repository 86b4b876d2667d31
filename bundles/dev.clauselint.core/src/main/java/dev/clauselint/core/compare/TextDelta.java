package dev.clauselint.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures how much the wording of matched provisions changed, leaving out what is not a change:
 * noise (see {@link NoiseFilter}), version stamps, spelling fixes and sentences that merely moved
 * to another section (they are found anywhere in the other version).
 */
public final class TextDelta {
    private TextDelta() {
    }

    public static List<ProvisionEdit> edits(List<ProvisionMatch> matches) {
        Set<List<String>> oldSentences = new HashSet<>();
        Set<List<String>> newSentences = new HashSet<>();
        for (ProvisionMatch m : matches) {
            if (m.before() != null) m.before().sentences().forEach(c -> oldSentences.add(c.words()));
            if (m.after() != null) m.after().sentences().forEach(c -> newSentences.add(c.words()));
        }
        List<ProvisionEdit> out = new ArrayList<>();
        for (ProvisionMatch m : matches) {
            List<Provision.Clause> gone = m.before() == null ? List.of() : unmoved(m.before(), newSentences);
            List<Provision.Clause> come = m.after() == null ? List.of() : unmoved(m.after(), oldSentences);
            int changed = WordDiff.changedWords(words(gone), words(come));
            if (changed > 0) {
                out.add(new ProvisionEdit(m.before(), m.after(), changed, gone, come));
            }
        }
        return out;
    }

    /** The provision's sentences that the other version has nowhere. */
    private static List<Provision.Clause> unmoved(Provision p, Set<List<String>> elsewhere) {
        List<Provision.Clause> out = new ArrayList<>();
        for (Provision.Clause c : p.sentences()) if (!elsewhere.contains(c.words())) out.add(c);
        return out;
    }

    private static List<String> words(List<Provision.Clause> clauses) {
        List<String> out = new ArrayList<>();
        for (Provision.Clause c : clauses) out.addAll(c.words());
        return out;
    }
}
