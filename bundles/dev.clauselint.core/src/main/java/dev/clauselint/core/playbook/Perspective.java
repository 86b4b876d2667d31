package dev.clauselint.core.playbook;

import java.util.Locale;

/** Whose side the review takes: the customer signing the vendor's terms (default), or the vendor. */
public enum Perspective {
    CUSTOMER, VENDOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Perspective parse(String s) {
        for (Perspective p : values()) if (p.id().equalsIgnoreCase(s == null ? "" : s.strip())) return p;
        return null;
    }
}
