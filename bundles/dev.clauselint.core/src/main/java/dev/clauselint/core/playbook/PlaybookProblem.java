package dev.clauselint.core.playbook;

/** A mistake in a playbook, reported as {@code file:line:column: message}; the rule it hits is skipped. */
public record PlaybookProblem(Location location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
