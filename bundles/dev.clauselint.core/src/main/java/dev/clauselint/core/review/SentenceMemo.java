package dev.clauselint.core.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per sentence (or paragraph) text, whether each rule's patterns matched it. Contracts
 * repeat boilerplate, and an editor re-reviews a document on every keystroke with all but one
 * paragraph unchanged: both then cost a hash lookup instead of regex scans. One small array per
 * distinct text keeps the memory to a few bytes per rule; the memo is cleared when it holds more
 * texts than a very large contract has.
 */
final class SentenceMemo {
    private static final int MAX_TEXTS = 100_000;
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Map<String, Integer> ruleSlots = new ConcurrentHashMap<>();
    private final int slots;
    /** Per party-normalised text, one byte per rule slot. */
    private final Map<String, byte[]> results = new ConcurrentHashMap<>();

    SentenceMemo(List<String> ruleIds) {
        int i = 0;
        for (String id : ruleIds) {
            ruleSlots.put(id, i++);
            ruleSlots.put("\u00B6" + id, i++);
            ruleSlots.put("\u00A7" + id, i++);
        }
        slots = i;
    }

    void clear() {
        results.clear();
    }

    /** The remembered result, or null when unknown. */
    Boolean get(String slotKey, String text) {
        Integer slot = ruleSlots.get(slotKey);
        if (slot == null) return null;
        byte[] r = results.get(text);
        if (r == null || r[slot] == UNKNOWN) return null;
        return r[slot] == YES;
    }

    void put(String slotKey, String text, boolean matched) {
        Integer slot = ruleSlots.get(slotKey);
        if (slot == null) return;
        if (results.size() >= MAX_TEXTS) results.clear();
        // racing writers store the same value for the same slot, so the unsynchronised array is fine
        results.computeIfAbsent(text, k -> new byte[slots])[slot] = matched ? YES : NO;
    }
}
