package dev.clauselint.core.review;

import dev.clauselint.core.kinds.ClausePattern;
import dev.clauselint.core.model.Parties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled patterns per party vocabulary. Compiling every rule's patterns for every review would
 * cost more than matching them; re-reviews of the same document (every keystroke) reuse them.
 */
final class PatternCache {
    private static final int MAX = 4096;
    private final Map<String, ClausePattern> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClausePattern> eldest) {
            return size() > MAX;
        }
    };

    ClausePattern get(String playbookPattern, String partiesKey, Parties parties) {
        String key = partiesKey + "\u0000" + playbookPattern;
        synchronized (cache) {
            ClausePattern p = cache.get(key);
            if (p != null) return p;
        }
        ClausePattern compiled = ClausePattern.compile(playbookPattern, parties);
        synchronized (cache) {
            cache.put(key, compiled);
        }
        return compiled;
    }
}
