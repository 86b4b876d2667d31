package dev.clauselint.lsp;

/** Placeholder entry point (build scaffolding); the language server replaces this file. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("clauselint");
    }
}
