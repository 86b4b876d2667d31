package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import dev.clauselint.core.reference.ReferenceSentences;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.core.review.Finding;

/**
 * Puts an open contract next to the reference set of the settings (by default the shipped one): a sentence per finding for hover, and
 * the document's rank for the risk report. Silent when the review took the other side than the
 * set did, since the counts would then describe different rules.
 */
final class ReferenceComparison {
    private ReferenceComparison() {
    }

    /** The reference set that speaks to this analysis, or null. */
    static ReferenceSet setFor(Analysis a) {
        ReferenceSet set = a.setup() == null ? null : a.setup().reference();
        if (set == null) return null;
        return set.perspective() == a.setup().reviewer().settings().perspective() ? set : null;
    }

    /** "9 of 12 reviewed AI vendor terms contain a similar clause; ..." or null. */
    static String sentence(Analysis a, Finding f) {
        ReferenceSet set = setFor(a);
        return set == null ? null : ReferenceSentences.forRule(set, f.ruleId());
    }

    /** {"documents", "snapshot", "label", "scoreRank", "percentile"}, or null without a matching set or review. */
    static JsonObject standing(Analysis a) {
        ReferenceSet set = setFor(a);
        if (set == null || a.review() == null || set.documents().isEmpty()) return null;
        ReferenceSet.Standing s = set.standing(a.review().score().score());
        JsonObject o = new JsonObject();
        o.addProperty("documents", s.documents());
        o.addProperty("snapshot", set.snapshot());
        o.addProperty("label", set.label());
        o.addProperty("scoreRank", s.rank());
        o.addProperty("percentile", s.percentile());
        return o;
    }
}
