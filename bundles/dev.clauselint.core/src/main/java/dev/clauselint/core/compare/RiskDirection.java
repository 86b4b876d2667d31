package dev.clauselint.core.compare;

import java.util.Locale;

/** Whether a change is worse for the reader's side, better, or neither. */
public enum RiskDirection {
    UP, DOWN, NEUTRAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
