package dev.clauselint.core.read;

/** The input cannot be reviewed as a contract (binary, too large); the message says why. */
public final class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }
}
