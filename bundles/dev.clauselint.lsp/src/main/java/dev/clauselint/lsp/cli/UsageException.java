package dev.clauselint.lsp.cli;

/** A mistake on the command line: printed with a hint to {@code --help}, exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
