package dev.clauselint.core.review;

/**
 * A CharSequence that stops a regex once a rule's time is up. Java's regex engine cannot be
 * interrupted, but it reads its input through charAt, so a deadline checked there bounds even a
 * pattern that backtracks catastrophically.
 */
public final class BudgetedCharSequence implements CharSequence {
    private final CharSequence text;
    private final long deadline;
    private int calls;

    public BudgetedCharSequence(CharSequence text, long deadlineNanos) {
        this.text = text;
        this.deadline = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if ((++calls & 0xFFF) == 0 && System.nanoTime() > deadline) {
            throw new RuleTimeoutException();
        }
        return text.charAt(index);
    }

    /** The text itself, for linear scans that cannot run away (the regex must use this sequence). */
    public CharSequence unbudgeted() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedCharSequence(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Thrown when a rule exceeds its time budget; the reviewer skips the rule and says so. */
    public static final class RuleTimeoutException extends RuntimeException {
        public RuleTimeoutException() {
            super("rule exceeded its time budget", null, false, false);
        }
    }
}
