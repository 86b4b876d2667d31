package dev.clauselint.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs the provisions of two versions by what they say, not by where they stand or what they are
 * called: sections get renumbered, moved and retitled between versions while their text stays.
 * Identical text pairs first, then the most similar text (the title only breaks ties), then a
 * section rewritten so much that only its title is left in common, and last a lone rewritten
 * section standing between the same two matched neighbours in both versions.
 */
public final class ProvisionMatcher {
    /** Below this share of common shingles two texts are different provisions. */
    static final double MIN_TEXT_SIMILARITY = 0.3;
    /** A rewritten section is still recognised by a title this alike. */
    static final double MIN_TITLE_SIMILARITY = 0.6;
    /** How much the title weighs against the text: enough to break ties, never to outvote it. */
    private static final double TITLE_WEIGHT = 0.05;

    private ProvisionMatcher() {
    }

    public static List<ProvisionMatch> match(List<Provision> before, List<Provision> after) {
        Provision[] partner = new Provision[before.size()];
        boolean[] taken = new boolean[after.size()];
        List<Set<String>> oldShingles = before.stream().map(p -> Similarity.shingles(p.words())).toList();
        List<Set<String>> newShingles = after.stream().map(p -> Similarity.shingles(p.words())).toList();

        record Candidate(int b, int a, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int b = 0; b < before.size(); b++) {
            for (int a = 0; a < after.size(); a++) {
                Provision pb = before.get(b);
                Provision pa = after.get(a);
                double title = Similarity.words(pb.title(), pa.title());
                if (pb.isEmpty() || pa.isEmpty()) {
                    // a heading with no text of its own (a parent section): only its title can tell
                    if (pb.isEmpty() && pa.isEmpty() && title >= MIN_TITLE_SIMILARITY) candidates.add(new Candidate(b, a, title / 10));
                    continue;
                }
                double text = Similarity.jaccard(oldShingles.get(b), newShingles.get(a));
                if (text >= MIN_TEXT_SIMILARITY) {
                    candidates.add(new Candidate(b, a, 1 + text + TITLE_WEIGHT * title));
                } else if (title >= MIN_TITLE_SIMILARITY && !pb.title().isEmpty()) {
                    candidates.add(new Candidate(b, a, 0.5 + TITLE_WEIGHT * title + text));
                }
            }
        }
        // the opening text is always the opening text
        if (!before.isEmpty() && !after.isEmpty() && before.get(0).section() < 0 && after.get(0).section() < 0) {
            candidates.add(new Candidate(0, 0, 10));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> Math.abs(c.b() - c.a())));
        for (Candidate c : candidates) {
            if (partner[c.b()] != null || taken[c.a()]) continue;
            partner[c.b()] = after.get(c.a());
            taken[c.a()] = true;
        }

        pairLoneGaps(before, after, partner, taken);

        List<ProvisionMatch> out = new ArrayList<>();
        for (int b = 0; b < before.size(); b++) out.add(new ProvisionMatch(before.get(b), partner[b]));
        for (int a = 0; a < after.size(); a++) if (!taken[a]) out.add(new ProvisionMatch(null, after.get(a)));
        return out;
    }

    /**
     * Where one old provision is left unmatched between two matched neighbours and the new version
     * has exactly one unmatched provision between their partners, the two are the same provision
     * rewritten ("Limitation of Liability" that became "Limits on our liability").
     */
    private static void pairLoneGaps(List<Provision> before, List<Provision> after, Provision[] partner, boolean[] taken) {
        int[] newIndex = new int[before.size()];
        for (int b = 0; b < before.size(); b++) newIndex[b] = partner[b] == null ? -1 : after.indexOf(partner[b]);
        for (int b = 0; b < before.size(); b++) {
            if (partner[b] != null) continue;
            int prev = b - 1;
            while (prev >= 0 && partner[prev] == null) prev--;
            int next = b + 1;
            while (next < before.size() && partner[next] == null) next++;
            if (next - prev != 2) continue; // more than one old provision in the gap
            int from = prev < 0 ? -1 : newIndex[prev];
            int to = next >= before.size() ? after.size() : newIndex[next];
            if (to <= from) continue; // the neighbours swapped places: no gap to align
            int lone = -1;
            int free = 0;
            for (int a = from + 1; a < to; a++) {
                if (!taken[a]) {
                    free++;
                    lone = a;
                }
            }
            if (free == 1) {
                partner[b] = after.get(lone);
                newIndex[b] = lone;
                taken[lone] = true;
            }
        }
    }
}
