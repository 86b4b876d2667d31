package dev.clauselint.core.review;

import dev.clauselint.core.kinds.ClausePattern;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled playbook patterns, shared by every reviewer in the program: a pattern's compiled form
 * depends only on its text, and compiling the playbook's patterns is most of a first review.
 */
final class PatternCache {
    static final PatternCache SHARED = new PatternCache();

    private final ConcurrentHashMap<String, ClausePattern> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Pattern> titles = new ConcurrentHashMap<>();

    ClausePattern get(String playbookPattern) {
        return cache.computeIfAbsent(playbookPattern, ClausePattern::compile);
    }

    /** A plain case-insensitive regex over section titles ({@code sections}, {@code near}). */
    Pattern title(String regex) {
        return titles.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE));
    }
}
