package dev.clauselint.core.compare;

/** Shortens contract text to a quote that fits on a line of a report. */
public final class Quote {
    public static final int MAX = 200;
    private static final String ELLIPSIS = "...";

    private Quote() {
    }

    /** The text on one line, cut at a word boundary and ellipsised when longer than {@link #MAX}. */
    public static String of(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= MAX) return t;
        int cut = t.lastIndexOf(' ', MAX - ELLIPSIS.length());
        if (cut < MAX / 2) cut = MAX - ELLIPSIS.length();
        return t.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
