package dev.clauselint.core.playbook;

import java.util.Locale;

/** How much a finding matters, most severe first. Maps to LSP Error, Warning, Information, Hint. */
public enum Severity {
    HIGH, MEDIUM, LOW, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "high", "medium", "low", "note"; null for anything else. */
    public static Severity parse(String s) {
        if (s == null) return null;
        for (Severity v : values()) if (v.id().equals(s.strip().toLowerCase(Locale.ROOT))) return v;
        return null;
    }

    /** Whether this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
