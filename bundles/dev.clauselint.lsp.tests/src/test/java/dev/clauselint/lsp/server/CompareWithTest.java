package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static dev.clauselint.lsp.server.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clauselint.compareWith and clauselint.clearComparison, against another file and against git HEAD. */
class CompareWithTest {
    /** Keeps nulls: the summary's absent sides must arrive as null. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();
    private static final String OLD = """
            # Vision API Terms

            This agreement is between Lumen Vision Ltd ("Lumen", "we") and the business that signs up ("Customer", "you").

            ## 1. Customer Data

            Customer keeps ownership of the images and prompts it sends ("Customer Data"). We will not use Customer Data to train or improve our models.

            ## 2. Term

            This agreement runs for one year.
            """;
    private static final String NEW = OLD.replace("We will not use Customer Data to train or improve our models.",
            "We may use Customer Data to train and improve our models.");

    @TempDir
    Path dir;

    private static Object command(LspSession s, String command, Object... args) {
        return get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(args))));
    }

    private static ResponseErrorException refused(LspSession s, Object... args) {
        ResponseErrorException e = assertThrows(ResponseErrorException.class, () -> command(s, ClauselintServer.CMD_COMPARE_WITH, args));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getResponseError().getCode(), e.getMessage());
        return e;
    }

    private static JsonObject change(JsonObject summary, String code) {
        for (JsonElement c : summary.getAsJsonArray("changes")) {
            if (c.getAsJsonObject().get("code").getAsString().equals(code)) return c.getAsJsonObject();
        }
        throw new AssertionError("no change of " + code + " in " + summary);
    }

    private static boolean isCompare(Diagnostic d) {
        return Comparisons.SOURCE.equals(d.getSource());
    }

    /** Waits until the newest diagnostics published for uri satisfy the condition. */
    private static List<Diagnostic> awaitPublished(LspSession s, String uri, Predicate<List<Diagnostic>> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LspSession.TIMEOUT_S);
        synchronized (s.client) {
            while (true) {
                List<PublishDiagnosticsParams> got = s.client.published.get(uri);
                if (got != null) {
                    List<Diagnostic> last;
                    synchronized (got) {
                        last = got.isEmpty() ? null : new ArrayList<>(got.get(got.size() - 1).getDiagnostics());
                    }
                    if (last != null && condition.test(last)) return last;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("diagnostics of " + uri + " never satisfied the condition: " + got);
                try {
                    s.client.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    private void assertTrainingBecameRiskier(JsonObject summary) {
        assertEquals(Set.of("substantive", "score", "changes"), summary.keySet());
        assertTrue(summary.get("substantive").getAsBoolean());
        JsonObject score = summary.getAsJsonObject("score");
        assertTrue(score.get("after").getAsInt() > score.get("before").getAsInt(), summary::toString);
        JsonObject training = change(summary, "data.training-on-inputs");
        assertEquals("added", training.get("kind").getAsString());
        assertEquals("up", training.get("risk").getAsString());
        assertTrue(training.has("before") && training.get("before").isJsonNull(), "absent sides are null, not left out: " + training);
        assertTrue(training.getAsJsonObject("severity").get("before").isJsonNull(), training::toString);
        assertEquals("1 Customer Data", training.getAsJsonObject("section").get("after").getAsString());
    }

    @Test
    void comparingWithAFileMarksTheRiskierClauseUntilCleared() throws IOException {
        Files.writeString(dir.resolve("signed.md"), OLD, StandardCharsets.UTF_8);
        Path current = dir.resolve("current.md");
        Files.writeString(current, NEW, StandardCharsets.UTF_8);
        try (LspSession s = LspSession.start()) {
            String uri = s.open(current.toUri().toString(), "markdown", NEW);
            List<Diagnostic> ordinary = s.awaitDiagnostics(uri, 1);
            assertFalse(ordinary.stream().anyMatch(CompareWithTest::isCompare));

            JsonObject summary = GSON.toJsonTree(command(s, ClauselintServer.CMD_COMPARE_WITH, uri, "signed.md")).getAsJsonObject();
            assertTrainingBecameRiskier(summary);

            List<Diagnostic> marked = awaitPublished(s, uri, ds -> ds.stream().anyMatch(CompareWithTest::isCompare));
            Diagnostic riskier = marked.stream().filter(CompareWithTest::isCompare)
                    .filter(d -> d.getCode().getLeft().equals("data.training-on-inputs")).findFirst().orElseThrow();
            JsonObject data = GSON.toJsonTree(riskier.getData()).getAsJsonObject();
            assertTrue(data.get("compare").getAsBoolean());
            assertEquals("signed.md", data.get("against").getAsString());
            assertTrue(riskier.getMessage().startsWith("New since signed.md"), riskier.getMessage());
            assertEquals(ordinary.size(), marked.stream().filter(d -> !isCompare(d)).count(), "the ordinary diagnostics stay as they were");

            // edits keep the marks on the current text
            s.replaceAll(uri, 2, NEW + "\nNotices are given by email.\n");
            List<Diagnostic> edited = s.awaitDiagnostics(uri, 2);
            assertTrue(edited.stream().anyMatch(CompareWithTest::isCompare), edited::toString);

            assertEquals(Boolean.TRUE, command(s, ClauselintServer.CMD_CLEAR_COMPARISON, uri));
            awaitPublished(s, uri, ds -> ds.stream().noneMatch(CompareWithTest::isCompare) && !ds.isEmpty());
            assertEquals(Boolean.FALSE, command(s, ClauselintServer.CMD_CLEAR_COMPARISON, uri), "nothing left to clear");
        }
    }

    @Test
    void comparingWithGitHeadReadsTheCommittedVersion() throws Exception {
        Path file = dir.resolve("terms.md");
        Files.writeString(file, OLD, StandardCharsets.UTF_8);
        git("init", "-q");
        git("add", "terms.md");
        git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "signed version");
        Files.writeString(file, NEW, StandardCharsets.UTF_8);
        try (LspSession s = LspSession.start(new LspSession.Options().root(dir))) {
            String uri = s.open(file.toUri().toString(), "markdown", NEW);
            JsonObject summary = GSON.toJsonTree(command(s, ClauselintServer.CMD_COMPARE_WITH, uri, "HEAD")).getAsJsonObject();
            assertTrainingBecameRiskier(summary);
            List<Diagnostic> marked = awaitPublished(s, uri, ds -> ds.stream().anyMatch(CompareWithTest::isCompare));
            assertTrue(marked.stream().filter(CompareWithTest::isCompare).allMatch(d -> d.getMessage().contains("since HEAD")), marked::toString);

            // the same text as committed: nothing changed, nothing marked
            s.replaceAll(uri, 2, OLD);
            s.awaitDiagnostics(uri, 2);
            JsonObject same = GSON.toJsonTree(command(s, ClauselintServer.CMD_COMPARE_WITH, uri, "HEAD")).getAsJsonObject();
            assertFalse(same.get("substantive").getAsBoolean(), same::toString);
            assertEquals(new JsonArray(), same.get("changes"));

            Path untracked = dir.resolve("draft.md");
            Files.writeString(untracked, NEW, StandardCharsets.UTF_8);
            String draft = s.open(untracked.toUri().toString(), "markdown", NEW);
            assertTrue(refused(s, draft, "HEAD").getMessage().contains("not tracked by git"));
        }
    }

    @Test
    void anEditorThatPullsDiagnosticsGetsTheMarksToo() throws IOException {
        Files.writeString(dir.resolve("signed.md"), OLD, StandardCharsets.UTF_8);
        Path current = dir.resolve("current.md");
        try (LspSession s = LspSession.start(new LspSession.Options().pullDiagnostics())) {
            String uri = s.open(current.toUri().toString(), "markdown", NEW);
            assertFalse(s.pullDiagnostics(uri).stream().anyMatch(CompareWithTest::isCompare));
            command(s, ClauselintServer.CMD_COMPARE_WITH, uri, dir.resolve("signed.md").toUri().toString());
            assertTrue(s.pullDiagnostics(uri).stream().anyMatch(d -> isCompare(d) && d.getCode().getLeft().equals("data.training-on-inputs")));
            command(s, ClauselintServer.CMD_CLEAR_COMPARISON, uri);
            assertFalse(s.pullDiagnostics(uri).stream().anyMatch(CompareWithTest::isCompare));
        }
    }

    @Test
    void badTargetsAreClearErrors() throws IOException {
        Path outside = dir.resolve("loose.md");
        Files.writeString(outside, NEW, StandardCharsets.UTF_8);
        try (LspSession s = LspSession.start()) {
            String uri = s.open(outside.toUri().toString(), "markdown", NEW);
            s.awaitDiagnostics(uri, 1);
            assertTrue(refused(s, uri, "HEAD").getMessage().contains("not in a git repository"));
            assertTrue(refused(s, uri, "nowhere.md").getMessage().contains("nowhere.md: no such file"));
            assertTrue(refused(s, uri).getMessage().contains("HEAD"), "the missing second argument is explained");
            assertTrue(refused(s, "file:///not/open.md", "HEAD").getMessage().contains("not open"));
            String virtual = s.openMarkdown("virtual.md", NEW);
            assertTrue(refused(s, virtual, "HEAD").getMessage().contains("git"));
        }
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + command + ": " + out);
    }
}
