package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.Rule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Runs the CLI in-process and captures what a user would see. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    /**
     * A user playbook with three stable test rules, which switches every shipped rule off, so
     * findings do not change while the shipped playbook grows:
     * <ul>
     * <li>{@code custom.zebra} (high) flags sentences with "zebra";</li>
     * <li>{@code custom.perpetual} (medium) flags "perpetual", with a fix;</li>
     * <li>{@code custom.llama} (low) flags "llama".</li>
     * </ul>
     */
    static final String TEST_RULES = """
            rules:
              - id: custom.zebra
                kind: clause
                severity: high
                message: The sentence mentions a zebra.
                rationale: Zebras are the test suite's high-severity risk.
                laws: [Test Act s.1]
                ask: No zebras.
                keywords: [zebra]
                match: ["\\\\bzebras?\\\\b"]
                alternatives:
                  - {id: horse, label: use a horse, text: "{Vendor} may ride a horse."}
                examples:
                  flagged: ["[[We may keep a zebra.]]"]
                  clean: ["We may keep a horse."]
              - id: custom.perpetual
                kind: clause
                severity: medium
                message: A perpetual licence.
                rationale: Perpetual licences never end.
                keywords: [perpetual]
                match: ["\\\\bperpetual\\\\b"]
                alternatives:
                  - {id: term, label: limit it to the term, text: "{Vendor} may use {content} only during the term."}
                examples:
                  flagged: ["[[You grant us a perpetual license to your content.]]"]
                  clean: ["You grant us a license for the term."]
              - id: custom.llama
                kind: clause
                severity: low
                message: A llama appears.
                rationale: Llamas are the test suite's low-severity risk.
                keywords: [llama]
                match: ["\\\\bllamas?\\\\b"]
                alternatives:
                  - {id: alpaca, label: use an alpaca, text: "{Vendor} may keep an alpaca."}
                examples:
                  flagged: ["[[We keep a llama.]]"]
                  clean: ["We keep an alpaca."]
            """;

    /** Writes {@link #TEST_RULES} plus a {@code disable:} of every shipped rule into {@code dir}. */
    static Path testPlaybook(Path dir) {
        String disable = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).rules().stream().map(Rule::id)
                .map(id -> "  - " + id).collect(Collectors.joining("\n"));
        return write(dir.resolve("test-playbook.yaml"), TEST_RULES + (disable.isEmpty() ? "" : "disable:\n" + disable + "\n"));
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
