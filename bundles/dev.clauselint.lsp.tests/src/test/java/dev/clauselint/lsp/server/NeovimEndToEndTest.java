package dev.clauselint.lsp.server;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Fix;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.core.review.TextEdit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.clauselint.lsp.server.Contracts.SMALL;
import static dev.clauselint.lsp.server.Contracts.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shipped server jar driven by an editor nobody here wrote: Neovim's built-in LSP client runs
 * {@code nvim/e2e.lua} headless (open a contract, wait for the finding, apply the quick fix, write the
 * buffer, wait for the finding to go), then this test checks the file Neovim saved. Neovim 0.7
 * (Debian 12) or later, found on the PATH or at $CLAUSELINT_NVIM; CI installs it, elsewhere the test is
 * skipped when it is missing.
 */
class NeovimEndToEndTest {
    private static final String CODE = "data.training-on-inputs";
    /** Built by the lsp module's package phase, which the reactor runs before this module's tests. */
    private static final Path JAR = Path.of("../dev.clauselint.lsp/target/clauselint.jar");
    private static final long STEP_TIMEOUT_MS = 30_000;
    private static final long RUN_TIMEOUT_MS = 120_000;

    @Test
    void quickFixFromNeovimReplacesTheTrainingClauseAndKeepsTheRest(@TempDir Path dir) throws Exception {
        String nvim = System.getenv("CLAUSELINT_NVIM") != null ? System.getenv("CLAUSELINT_NVIM") : onPath("nvim");
        if (nvim == null || !Files.isExecutable(Path.of(nvim))) {
            required("nvim is not installed; install Neovim 0.7+ (Debian/Ubuntu: apt-get install neovim) to run this test,"
                    + " or point CLAUSELINT_NVIM at one");
        }
        if (!Files.isRegularFile(JAR)) {
            required("no server jar at " + JAR.toAbsolutePath()
                    + "; build it first: ./mvnw -B -o -pl bundles/dev.clauselint.core,bundles/dev.clauselint.lsp package -DskipTests");
        }

        Path contract = dir.resolve("contract.md");
        Files.writeString(contract, SMALL);
        Path script = dir.resolve("e2e.lua");
        try (InputStream in = NeovimEndToEndTest.class.getResourceAsStream("/nvim/e2e.lua")) {
            Files.copy(in, script);
        }
        Path result = dir.resolve("result.txt");
        Path xdg = Files.createDirectories(dir.resolve("xdg"));
        int line = Contracts.lineOf(SMALL, TRAINING);

        ProcessBuilder pb = new ProcessBuilder(nvim, "--headless", "-n", "-i", "NONE", "-u", "NONE", "--noplugin",
                "-c", "luafile " + script);
        Map<String, String> env = pb.environment();
        env.put("CLAUSELINT_E2E_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CLAUSELINT_E2E_JAR", JAR.toAbsolutePath().normalize().toString());
        env.put("CLAUSELINT_E2E_FILE", contract.toString());
        env.put("CLAUSELINT_E2E_LINE", String.valueOf(line));
        env.put("CLAUSELINT_E2E_CODE", CODE);
        env.put("CLAUSELINT_E2E_RESULT", result.toString());
        env.put("CLAUSELINT_E2E_TIMEOUT_MS", String.valueOf(STEP_TIMEOUT_MS));
        // keep Neovim's state, shada and lsp.log inside the temp dir, away from the user's home
        for (String v : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            env.put(v, xdg.toString());
        }
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("nvim.out").toFile());

        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close(); // nothing on stdin
        boolean exited = p.waitFor(RUN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (!exited) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // the server too
            p.destroyForcibly();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String steps = Files.exists(result) ? Files.readString(result) : "(no result file)\n";
        System.out.println("Neovim end-to-end took " + ms + " ms:\n" + steps);

        String report = "Neovim steps:\n" + steps + "output:\n" + read(dir.resolve("nvim.out")) + "\nlsp.log (tail):\n"
                + tail(findLspLog(xdg), 30);
        assertTrue(exited, "Neovim did not finish within " + RUN_TIMEOUT_MS + " ms\n" + report);
        assertTrue(steps.strip().endsWith("OK"), "the script reported a failure\n" + report);
        assertEquals(0, p.exitValue(), "Neovim's exit code\n" + report);

        String saved = Files.readString(contract);
        assertFalse(saved.contains(TRAINING), "the training clause is still in the saved file:\n" + saved);
        List<String> balanced = balancedVersions(SMALL);
        assertTrue(balanced.contains(saved), "the saved file should be the contract with the training clause replaced by"
                + " one of the playbook's alternatives and nothing else changed\nsaved:\n" + saved + "\nexpected one of:\n"
                + String.join("\n----\n", balanced));
    }

    /** The contract with each of the engine's fixes for the training finding applied: what a correct quick fix saves. */
    private static List<String> balancedVersions(String text) throws Exception {
        Reviewer reviewer = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
        List<String> versions = new ArrayList<>();
        for (Finding f : reviewer.review(new ContractReader().read(text, "contract.md")).findings()) {
            if (!f.ruleId().equals(CODE)) continue;
            for (Fix fix : f.fixes()) {
                StringBuilder sb = new StringBuilder(text);
                List<TextEdit> edits = new ArrayList<>(fix.edits());
                edits.sort(Comparator.comparingInt((TextEdit e) -> e.span().start()).reversed()); // back to front
                for (TextEdit e : edits) sb.replace(e.span().start(), e.span().end(), e.newText());
                versions.add(sb.toString());
            }
        }
        assertFalse(versions.isEmpty(), "the engine offers no fix for " + CODE + " in the test contract");
        return versions;
    }

    /** Fails in CI (which must run this test), skips elsewhere. */
    private static void required(String why) {
        if ("true".equals(System.getenv("CI"))) fail(why + " (CI=true: this test must run in CI)");
        Assumptions.abort(why);
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, program);
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }

    private static Path findLspLog(Path xdg) throws Exception {
        try (var s = Files.walk(xdg)) {
            return s.filter(f -> f.getFileName().toString().equals("lsp.log")).findFirst().orElse(null);
        }
    }

    private static String read(Path file) throws Exception {
        return file != null && Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }

    private static String tail(Path file, int lines) throws Exception {
        List<String> all = read(file).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
