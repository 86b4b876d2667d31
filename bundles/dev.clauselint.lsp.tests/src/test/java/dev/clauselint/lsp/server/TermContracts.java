package dev.clauselint.lsp.server;

/** Contracts for the defined-term features: terms in bold, links, possessives, plurals, HTML. Our own wording. */
final class TermContracts {
    private TermContracts() {
    }

    /**
     * Lines (0-based): 4 defines "Customer Content" in bold (chars 3-19) using "Inputs" (33-39) and
     * "Outputs" (44-51); 6 defines "Input" (1-6); 8 defines "Output" with curly quotes (36-42);
     * 12 uses "Customer Content's" (18-34), "Input" (51-56), "Outputs" (65-72); 14 uses
     * "[Customer Content](#defs)" (23-39) and "**Input**" (57-62).
     */
    static final String DEFINITIONS = """
            # Model Access Terms

            ## 1. Definitions

            **"Customer Content"** means the Inputs and Outputs.

            "Input" means any prompt Customer sends to the [Services](https://example.com).

            The model returns answers (each an \u201COutput\u201D).

            ## 2. Ownership

            Customer owns the Customer Content's rights, every Input and all Outputs.

            Provider may not copy [Customer Content](#defs) or any **Input**.
            """;

    /** Line 2 defines "Inputs" between entities (chars 85-91); line 3 uses it inside a bold tag (14-20) and after it (42-48). */
    static final String HTML = """
            <html><body>
            <h1>API Terms</h1>
            <p>You may send prompts, files and instructions to the programming interface (&ldquo;Inputs&rdquo;).</p>
            <p>We keep <b>Inputs</b> for thirty days. Inputs are then deleted.</p>
            </body></html>
            """;

    /** "Services" defined on line 2 (chars 10-18) and again on line 4 (10-18); used on line 6 (4-12). */
    static final String TWICE = """
            # Terms

            The app ("Services") is ours.

            The API ("Services") is ours too.

            The Services are provided as they are.
            """;
}
