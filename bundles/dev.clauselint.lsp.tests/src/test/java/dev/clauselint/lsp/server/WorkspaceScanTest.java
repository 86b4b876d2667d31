package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.LspSession.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** workspace/executeCommand clauselint.scanWorkspace: every contract in the workspace, with progress. */
class WorkspaceScanTest {
    private static final Gson GSON = new Gson();
    private static final String BINARY_REASON = "not a text file (binary content); Clauselint reads Markdown, plain text and HTML";
    /** A plain-text contract without risky clauses of its own (only missing protections). */
    private static final String NOTE = "SUPPORT NOTE\n\nThe provider answers support tickets within two business days.\n";

    @TempDir
    Path root;

    /** a.md (the small contract), blob.md (binary), sub/b.txt; node_modules/ and .git/ are not contracts to scan. */
    private void workspace() throws IOException {
        Files.writeString(root.resolve("a.md"), Contracts.SMALL);
        Files.write(root.resolve("blob.md"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0});
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/b.txt"), NOTE);
        Files.writeString(root.resolve("scan.pdf"), "not a contract extension");
        Files.createDirectories(root.resolve("node_modules/pkg"));
        Files.writeString(root.resolve("node_modules/pkg/README.md"), Contracts.SMALL);
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/notes.md"), Contracts.SMALL);
    }

    private static JsonObject scan(LspSession s, ExecuteCommandParams params) {
        return GSON.toJsonTree(get(s.server.getWorkspaceService().executeCommand(params))).getAsJsonObject();
    }

    private static JsonObject scan(LspSession s) {
        return scan(s, new ExecuteCommandParams(ClauselintServer.CMD_SCAN_WORKSPACE, List.of()));
    }

    private String uri(String relative) {
        return root.resolve(relative).toUri().toString();
    }

    /** The progress notifications as "begin title | report percentage message | end message". */
    private static List<String> progress(TestClient client) {
        List<String> out = new ArrayList<>();
        for (ProgressParams p : client.progress) {
            WorkDoneProgressNotification n = p.getValue().getLeft();
            if (n instanceof WorkDoneProgressBegin b) out.add("begin " + b.getTitle());
            else if (n instanceof WorkDoneProgressReport r) out.add("report " + r.getPercentage() + " " + r.getMessage());
            else if (n instanceof WorkDoneProgressEnd e) out.add("end " + e.getMessage());
        }
        return out;
    }

    @Test
    void everyContractIsReviewedAndTheUnreadableOneSkipped() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            JsonObject r = scan(s);
            assertEquals(3, r.get("files").getAsInt(), r.toString());
            assertEquals(2, r.get("reviewed").getAsInt());
            assertEquals(json("[{\"file\": " + GSON.toJson(root.resolve("blob.md").toString()) + ", \"reason\": "
                    + GSON.toJson(BINARY_REASON) + "}]"), r.get("skipped"));
            assertEquals("D", r.get("worstGrade").getAsString());
            assertFalse(r.get("cancelled").getAsBoolean());
            List<String> perFile = new ArrayList<>();
            for (JsonElement f : r.getAsJsonArray("perFile")) {
                JsonObject o = f.getAsJsonObject();
                JsonObject c = o.getAsJsonObject("counts");
                perFile.add(o.get("uri").getAsString() + " " + o.get("score").getAsInt() + " " + o.get("grade").getAsString()
                        + " " + c.get("high").getAsInt() + "/" + c.get("medium").getAsInt() + "/" + c.get("low").getAsInt()
                        + "/" + c.get("note").getAsInt());
            }
            // the note has no risky clause, only missing protections
            assertEquals(List.of(uri("a.md") + " 68 D 7/8/3/0", uri("sub/b.txt") + " 57 D 4/8/2/0"), perFile);
            assertEquals(18 + 14, r.get("findings").getAsInt());
            assertEquals(List.of(), s.client.published.keySet().stream().filter(u -> u.contains("node_modules") || u.contains(".git")).toList());
        }
    }

    @Test
    void closedFilesGetTheirDiagnosticsPublished() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            scan(s);
            List<PublishDiagnosticsParams> a = s.client.published.get(uri("a.md"));
            assertEquals(1, a.size(), "published once, by the scan");
            assertNull(a.get(0).getVersion(), "a file on disk has no editor version");
            Diagnostic training = ContractAssert.only(a.get(0).getDiagnostics(), "data.training-on-inputs");
            assertEquals(ContractAssert.d(8, 0, 8, Contracts.TRAINING.length(), "data.training-on-inputs").toString(),
                    ContractAssert.show(training));
            assertTrue(s.client.published.containsKey(uri("sub/b.txt")));
            assertFalse(s.client.published.containsKey(uri("blob.md")), "nothing to show for a skipped file");
        }
    }

    @Test
    void anOpenFileIsScannedAsTheEditorHoldsItAndNotPublishedAgain() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            String uri = s.open(uri("a.md"), "markdown", Contracts.SMALL.replace(Contracts.TRAINING, Contracts.BALANCED_TRAINING));
            s.awaitDiagnostics(uri, 1);
            JsonObject r = scan(s);
            JsonObject a = r.getAsJsonArray("perFile").get(0).getAsJsonObject();
            assertEquals(uri, a.get("uri").getAsString());
            assertEquals(61, a.get("score").getAsInt(), "the balanced clause in the editor, not the file on disk");
            // the scan's pushes carry no version; the editor's own (one per review of version 1) do
            assertTrue(s.client.published.get(uri).stream().allMatch(p -> Integer.valueOf(1).equals(p.getVersion())),
                    "only the editor's own diagnostics");
        }
    }

    @Test
    void progressBeginsReportsAndEndsWithASummary() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            JsonObject r = scan(s);
            assertEquals(1, s.client.progressCreated.size(), "the server created its own token");
            Either<String, Integer> token = s.client.progressCreated.get(0).getToken();
            assertTrue(s.client.progress.stream().allMatch(p -> p.getToken().equals(token)));
            List<String> seen = progress(s.client);
            assertEquals("begin Clauselint: scanning 3 contracts", seen.get(0));
            assertEquals("report 0 a.md", seen.get(1), "the first file is always reported");
            assertEquals("end Reviewed 2 contracts, " + r.get("findings").getAsInt() + " findings, worst grade D, 1 skipped",
                    seen.get(seen.size() - 1));
            assertTrue(seen.subList(1, seen.size() - 1).stream().allMatch(x -> x.startsWith("report ")), seen.toString());
        }
    }

    @Test
    void progressNamesTheFileByItsPathInTheFolder() throws IOException {
        Files.createDirectories(root.resolve("deals/2024"));
        Files.writeString(root.resolve("deals/2024/support.txt"), NOTE);
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            scan(s);
            assertEquals(List.of("begin Clauselint: scanning 1 contract", "report 0 deals/2024/support.txt",
                    "end Reviewed 1 contract, 14 findings, worst grade D"), progress(s.client));
        }
    }

    @Test
    void theEditorsOwnTokenIsUsedWhenItSendsOne() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            scan(s, new ExecuteCommandParams(ClauselintServer.CMD_SCAN_WORKSPACE, List.of(), Either.forLeft("editor-token")));
            assertEquals(List.of(), s.client.progressCreated);
            assertTrue(s.client.progress.stream().allMatch(p -> "editor-token".equals(p.getToken().getLeft())));
            assertEquals("begin Clauselint: scanning 3 contracts", progress(s.client).get(0));
        }
    }

    @Test
    void whenTheEditorPullsNothingIsPushedButTheResultsAreReturned() throws IOException {
        workspace();
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).pullDiagnostics())) {
            JsonObject r = scan(s);
            assertEquals(2, r.get("reviewed").getAsInt());
            assertEquals(java.util.Set.of(), s.client.published.keySet());
        }
    }

    @Test
    void cancellingTheProgressStopsTheScanBetweenFiles() throws IOException {
        // each contract takes a while to review, so the cancel arrives while the first one is under way
        String big = (Contracts.SMALL + "\n").repeat(40);
        for (int i = 0; i < 20; i++) Files.writeString(root.resolve(String.format("c%02d.md", i)), big);
        LspSession[] session = new LspSession[1];
        TestClient cancelling = new TestClient() {
            @Override
            public void notifyProgress(ProgressParams params) {
                super.notifyProgress(params);
                if (params.getValue().getLeft() instanceof WorkDoneProgressReport) {
                    session[0].server.cancelProgress(new WorkDoneProgressCancelParams(params.getToken()));
                }
            }
        };
        try (LspSession s = LspSession.start(new LspSession.Options().root(root), cancelling)) {
            session[0] = s;
            JsonObject r = scan(s);
            assertTrue(r.get("cancelled").getAsBoolean());
            assertEquals(20, r.get("files").getAsInt());
            int reviewed = r.get("reviewed").getAsInt();
            assertTrue(reviewed >= 1 && reviewed < 20, "stopped early: " + reviewed);
            List<String> seen = progress(s.client);
            assertTrue(seen.get(seen.size() - 1).startsWith("end Cancelled after " + reviewed + (reviewed == 1 ? " contract," : " contracts,")),
                    seen.toString());
            assertEquals(reviewed, s.client.published.size(), "only the reviewed files were published");
        }
    }

    @Test
    void aFileAboveTheSizeLimitIsSkippedWithTheLimitNamed() throws IOException {
        Files.writeString(root.resolve("short.md"), "# Fees\n\nYou pay.\n");
        // more bytes than four times the character limit: refused before it is read
        Files.writeString(root.resolve("long.md"), Contracts.SMALL.repeat(2));
        try (LspSession s = LspSession.start(new LspSession.Options().root(root).initializationOptions("{\"maxFileSize\": 100}"))) {
            JsonObject r = scan(s);
            assertEquals(1, r.get("reviewed").getAsInt());
            JsonObject skipped = r.getAsJsonArray("skipped").get(0).getAsJsonObject();
            assertEquals(root.resolve("long.md").toString(), skipped.get("file").getAsString());
            assertEquals("too large to review (" + 2 * Contracts.SMALL.length() + " bytes; the limit is 100 characters, "
                    + "setting clauselint.maxFileSize)", skipped.get("reason").getAsString());
        }
    }

    @Test
    void anEmptyWorkspaceEndsAtOnce() {
        try (LspSession s = LspSession.start(new LspSession.Options().root(root))) {
            JsonObject r = scan(s);
            assertEquals(0, r.get("files").getAsInt());
            assertNull(r.get("worstGrade"), "no grade without a reviewed contract");
            assertEquals(List.of("begin Clauselint: scanning 0 contracts", "end Reviewed 0 contracts, 0 findings"), progress(s.client));
        }
    }
}
