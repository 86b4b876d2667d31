package dev.clauselint.lsp;

import dev.clauselint.lsp.cli.Cli;

/** Entry point of clauselint.jar: the command line ({@code check}, {@code rules}, {@code explain}, {@code serve}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
