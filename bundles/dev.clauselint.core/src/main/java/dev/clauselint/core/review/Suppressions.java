package dev.clauselint.core.review;

import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.read.Directive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a document where the drafter has switched rules off with inline directives
 * ({@link Directive}). A finding is hidden when its source range touches such a part for its rule;
 * directives never hide other rules, and ids no rule has are simply never matched.
 */
public final class Suppressions {
    private static final Suppressions NONE = new Suppressions(List.of());
    /** Key of a region opened without ids: every rule. */
    private static final String EVERY_RULE = "";

    /** A source range where the rules named (none: all) are silent. */
    private record Zone(int start, int end, Set<String> ruleIds) {
        boolean hides(Finding f) {
            if (!ruleIds.isEmpty() && !ruleIds.contains(f.ruleId())) return false;
            Span s = f.span();
            // an empty span (an insertion point) counts when it sits inside or at the edge
            return s.start() == s.end() ? s.start() >= start && s.start() <= end : s.start() < end && s.end() > start;
        }
    }

    private final List<Zone> zones;

    private Suppressions(List<Zone> zones) {
        this.zones = List.copyOf(zones);
    }

    /** Reads every directive line of a source text. */
    public static Suppressions of(String source, DocumentFormat format) {
        if (!Directive.mayContain(source)) return NONE;
        return new Scan(source, format).run();
    }

    public boolean isEmpty() {
        return zones.isEmpty();
    }

    public boolean hides(Finding f) {
        for (Zone z : zones) if (z.hides(f)) return true;
        return false;
    }

    /** The findings no directive hides, in their order. */
    public List<Finding> filter(List<Finding> findings) {
        if (zones.isEmpty()) return findings;
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) if (!hides(f)) kept.add(f);
        return kept;
    }

    /** One pass over the lines, tracking open regions and next-line directives still waiting for their line. */
    private static final class Scan {
        private final String src;
        private final DocumentFormat format;
        private final List<Zone> zones = new ArrayList<>();
        private final Map<String, Integer> openRegions = new LinkedHashMap<>();
        private final List<Directive> waiting = new ArrayList<>();

        Scan(String src, DocumentFormat format) {
            this.src = src;
            this.format = format;
        }

        Suppressions run() {
            int pos = 0;
            int n = src.length();
            while (pos <= n) {
                int eol = src.indexOf('\n', pos);
                if (eol < 0) eol = n;
                line(pos, eol);
                if (eol >= n) break;
                pos = eol + 1;
            }
            for (Map.Entry<String, Integer> open : openRegions.entrySet()) close(open.getKey(), open.getValue(), n);
            return new Suppressions(zones);
        }

        private void line(int start, int end) {
            String line = src.substring(start, end);
            if (line.isBlank()) return;
            Directive d = Directive.parse(line, format);
            if (d == null) {
                for (Directive w : waiting) zones.add(new Zone(start, end, w.ruleIds()));
                waiting.clear();
                return;
            }
            switch (d.kind()) {
                case NEXT_LINE -> waiting.add(d);
                case FILE -> zones.add(new Zone(0, src.length(), d.ruleIds()));
                case DISABLE -> {
                    for (String key : keys(d)) openRegions.putIfAbsent(key, end);
                }
                case ENABLE -> {
                    List<String> closing = d.ruleIds().isEmpty() ? List.copyOf(openRegions.keySet()) : List.copyOf(d.ruleIds());
                    for (String key : closing) {
                        Integer from = openRegions.remove(key);
                        if (from != null) close(key, from, start);
                    }
                }
            }
        }

        private static Set<String> keys(Directive d) {
            return d.ruleIds().isEmpty() ? Set.of(EVERY_RULE) : d.ruleIds();
        }

        private void close(String key, int from, int to) {
            zones.add(new Zone(from, to, key.equals(EVERY_RULE) ? Set.of() : Set.of(key)));
        }
    }
}
