package dev.clauselint.core.reference;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects reviewed contracts and turns them into a {@link ReferenceSet}. Only the rule ids found,
 * the score and the grade of each review are kept; the contract text is dropped at once.
 */
public final class ReferenceBuilder {
    /** What is kept of one review. */
    private record Reviewed(String file, Set<String> ruleIds, int score, char grade) {
    }

    /** A reviewed contract with its display name. */
    private record Named(String name, Reviewed review) {
    }

    private final List<Reviewed> reviewed = new ArrayList<>();

    /** Adds a reviewed contract; {@code file} is its path relative to the folder, with '/' separators. */
    public ReferenceBuilder add(String file, Review review) {
        Set<String> ids = new HashSet<>();
        for (Finding f : review.findings()) ids.add(f.ruleId());
        reviewed.add(new Reviewed(file, ids, review.score().score(), review.score().grade()));
        return this;
    }

    public int size() {
        return reviewed.size();
    }

    /** The set over every rule in {@code ruleIds} (the rules the reviews ran with). */
    public ReferenceSet build(String snapshot, Perspective perspective, String label, Collection<String> ruleIds) {
        List<Named> byName = named();
        byName.sort(Comparator.comparing(Named::name));
        List<ReferenceDocument> documents = new ArrayList<>();
        for (Named n : byName) {
            Reviewed r = n.review;
            documents.add(new ReferenceDocument(n.name, r.file, r.score, r.grade));
        }

        List<CategoryFacts> categories = new ArrayList<>();
        for (String id : new TreeSet<>(ruleIds)) {
            String protection = Protections.answering(id);
            // a pairing only counts when the protection rule ran too, else every document would "offer" it
            if (protection != null && !ruleIds.contains(protection)) protection = null;
            List<String> flagged = new ArrayList<>();
            List<String> clear = new ArrayList<>();
            List<String> offering = new ArrayList<>();
            for (Named n : byName) {
                Set<String> found = n.review.ruleIds;
                (found.contains(id) ? flagged : clear).add(n.name);
                if (protection != null && !found.contains(protection)) offering.add(n.name);
            }
            categories.add(new CategoryFacts(id, flagged, clear, protection, offering));
        }
        return new ReferenceSet(snapshot, perspective, label, documents, categories);
    }

    /**
     * The vendor when the file is named "vendor__title.ext" (the corpus convention) and no other
     * document has that vendor; else the file name without its extension; else the whole path.
     */
    private List<Named> named() {
        Map<String, Integer> vendorCount = new HashMap<>();
        Map<String, Integer> stemCount = new HashMap<>();
        for (Reviewed r : reviewed) {
            vendorCount.merge(vendor(r.file), 1, Integer::sum);
            stemCount.merge(stem(r.file), 1, Integer::sum);
        }
        List<Named> names = new ArrayList<>();
        for (Reviewed r : reviewed) {
            String name = vendorCount.get(vendor(r.file)) == 1 ? vendor(r.file)
                    : stemCount.get(stem(r.file)) == 1 ? stem(r.file) : r.file;
            names.add(new Named(name, r));
        }
        return names;
    }

    /** "legal/anthropic__commercial-terms.md" gives "anthropic__commercial-terms". */
    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** "anthropic__commercial-terms.md" gives "anthropic"; a file without "__" gives its stem. */
    static String vendor(String file) {
        String stem = stem(file);
        int sep = stem.indexOf("__");
        return sep > 0 ? stem.substring(0, sep) : stem;
    }
}
