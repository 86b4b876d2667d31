package dev.clauselint.lsp.server;

/** Small contracts the server tests open. Our own wording. */
final class Contracts {
    private Contracts() {
    }

    /** Lines (0-based): 8 training, 12 liability cap, 16 unilateral changes (with a Section 3 reference). */
    static final String SMALL = """
            # AI Services Agreement

            ## 1. Definitions

            "Customer Content" means any data Customer submits to the Services.

            ## 2. Use of Data

            Provider may use Customer Content to train and improve its models.

            ## 3. Liability

            Provider's total liability shall not exceed one hundred dollars ($100).

            ## 4. Changes

            Provider may modify these terms at any time without notice, as described in Section 3.
            """;

    static final String TRAINING = "Provider may use Customer Content to train and improve its models.";
    static final String BALANCED_TRAINING = "Provider will not use Customer Content to train or improve any model.";

    static int lineOf(String text, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].equals(line)) return i;
        throw new AssertionError("no line " + line);
    }
}
