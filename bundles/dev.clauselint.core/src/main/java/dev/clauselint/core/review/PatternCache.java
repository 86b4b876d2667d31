package dev.clauselint.core.review;

import dev.clauselint.core.kinds.ClausePattern;

import java.util.concurrent.ConcurrentHashMap;

/** Compiled playbook patterns, shared by every document a reviewer sees. */
final class PatternCache {
    private final ConcurrentHashMap<String, ClausePattern> cache = new ConcurrentHashMap<>();

    ClausePattern get(String playbookPattern) {
        return cache.computeIfAbsent(playbookPattern, ClausePattern::compile);
    }
}
