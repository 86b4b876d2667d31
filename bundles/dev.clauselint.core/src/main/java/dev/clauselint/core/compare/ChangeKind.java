package dev.clauselint.core.compare;

import java.util.Locale;

/** What happened to a catalog category between two versions. */
public enum ChangeKind {
    /** Flagged only in the new version. */
    ADDED,
    /** Flagged only in the old version. */
    REMOVED,
    /** Flagged in both, but what is flagged reads differently (or appears more or less often). */
    REWORDED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
