package dev.clauselint.core.compare;

import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Recognises the lines every new version rewrites: "Effective: May 1, 2025", "Last updated
 * 2024-12-19", "Version: October 28, 2025 (Latest)", "© 2025 Acme Inc. All rights reserved."
 * Such a line dates the document; it does not change anyone's rights, so its edits are noise.
 */
final class VersionStamp {
    private static final Set<String> STAMP_WORDS = Set.of("version", "versions", "effective", "updated", "update",
            "last", "latest", "revised", "revision", "modified", "date", "dated", "as", "of", "on", "from", "current",
            "published", "posted", "previous", "archive", "archived", "see", "view", "here", "the", "this", "these",
            "terms", "policy", "st", "nd", "rd", "th");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** A stamp is short: a long sentence that happens to start with "Effective" is a clause. */
    private static final int MAX_WORDS = 16;

    /** "© 2025 ...", "Copyright 2025 ..."; not "Copyright in the Outputs ...", which is a clause. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^\\W*(?:©|\\(c\\)\\s*\\d|copyright\\s*(?:©|\\(c\\))?\\s*\\d{4})", Pattern.CASE_INSENSITIVE);

    private VersionStamp() {
    }

    /** A stamp, or a short copyright line, judged on the text as written and its words. */
    static boolean is(String text, List<String> words) {
        return is(words) || words.size() <= MAX_WORDS && COPYRIGHT.matcher(text).find();
    }

    /** Whether these words (from {@link NoiseFilter#words}) say nothing but when the version dates from. */
    static boolean is(List<String> words) {
        if (words.isEmpty() || words.size() > MAX_WORDS) return false;
        boolean stampy = false;
        for (String w : words) {
            if (MONTHS.contains(w) || w.chars().allMatch(Character::isDigit) || w.matches("[0-9]+(st|nd|rd|th)")) continue;
            if (!STAMP_WORDS.contains(w)) return false;
            if (!w.equals("the") && !w.equals("this") && !w.equals("of") && !w.equals("on") && !w.equals("as")) stampy = true;
        }
        return stampy;
    }
}
