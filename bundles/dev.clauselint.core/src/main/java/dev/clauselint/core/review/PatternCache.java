package dev.clauselint.core.review;

import dev.clauselint.core.kinds.Macros;
import dev.clauselint.core.model.Parties;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiled patterns per party vocabulary. Compiling every rule's patterns for every review would
 * cost more than matching them; re-reviews of the same document (every keystroke) reuse them.
 */
final class PatternCache {
    private static final int MAX = 4096;
    private final Map<String, Pattern> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > MAX;
        }
    };

    Pattern get(String playbookPattern, String partiesKey, Parties parties) {
        String key = partiesKey + "\u0000" + playbookPattern;
        synchronized (cache) {
            Pattern p = cache.get(key);
            if (p != null) return p;
        }
        Pattern compiled = Pattern.compile(Macros.expand(playbookPattern, parties), Pattern.CASE_INSENSITIVE);
        synchronized (cache) {
            cache.put(key, compiled);
        }
        return compiled;
    }
}
