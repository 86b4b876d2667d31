package dev.clauselint.core.kinds;

import dev.clauselint.core.model.Parties;

import java.util.regex.Pattern;

/**
 * A playbook pattern compiled for one document's parties: the macros expanded with the names the
 * document uses, matched case-insensitively.
 */
public final class ClausePattern {
    private final Pattern regex;

    private ClausePattern(Pattern regex) {
        this.regex = regex;
    }

    public static ClausePattern compile(String playbookPattern, Parties parties) {
        return new ClausePattern(Pattern.compile(Macros.expand(playbookPattern, parties), Pattern.CASE_INSENSITIVE));
    }

    public Pattern regex() {
        return regex;
    }

    /** Whether the pattern matches anywhere in the text. */
    public boolean find(CharSequence text) {
        return regex.matcher(text).find();
    }
}
