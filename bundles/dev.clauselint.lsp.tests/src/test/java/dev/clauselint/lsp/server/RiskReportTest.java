package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.LspSession.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** workspace/executeCommand clauselint.riskReport: the report of an open contract as JSON. */
class RiskReportTest {
    private static final Gson GSON = new Gson();

    private static JsonObject report(LspSession s, Object argument) {
        Object answer = get(s.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ClauselintServer.CMD_RISK_REPORT, argument == null ? List.of() : List.of(argument))));
        return GSON.toJsonTree(answer).getAsJsonObject();
    }

    private static ResponseErrorException refused(LspSession s, List<Object> arguments) {
        return assertThrows(ResponseErrorException.class, () -> get(s.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ClauselintServer.CMD_RISK_REPORT, arguments))));
    }

    private static JsonObject finding(JsonObject report, String code) {
        for (JsonElement f : report.getAsJsonArray("findings")) {
            if (f.getAsJsonObject().get("code").getAsString().equals(code)) return f.getAsJsonObject();
        }
        throw new AssertionError("no finding " + code + " in " + report);
    }

    @Test
    void theReportHasTheScoreCountsAndEveryFindingWithItsSection() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            JsonObject r = report(s, uri);
            assertEquals(uri, r.get("uri").getAsString());
            assertEquals(1, r.get("version").getAsInt());
            assertEquals(68, r.get("score").getAsInt());
            assertEquals("D", r.get("grade").getAsString());
            assertEquals(json("{\"high\": 7, \"medium\": 8, \"low\": 3, \"note\": 0}"), r.get("counts"));
            assertEquals(18, r.getAsJsonArray("findings").size());
            assertEquals(json("""
                    {"code": "data.training-on-inputs", "severity": "high",
                     "message": "The vendor may use your inputs or outputs to train or improve its models.",
                     "range": {"start": {"line": 8, "character": 0}, "end": {"line": 8, "character": 66}},
                     "section": "Use of Data", "category": "data"}"""), finding(r, "data.training-on-inputs"));
            assertEquals("AI Services Agreement", finding(r, "missing.dpa").get("section").getAsString(),
                    "missing protections sit on the title");
            assertEquals(json("{\"change\": 1, \"data\": 1, \"draft\": 1, \"liability\": 1, \"missing\": 14}"), r.get("byCategory"));
            assertEquals(14, r.get("missingProtections").getAsInt());
            assertEquals(new JsonArray(), r.get("problems"));
        }
    }

    @Test
    void theUriMayComeAsAnObject() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            JsonObject arg = new JsonObject();
            arg.addProperty("uri", uri);
            assertEquals(68, report(s, arg).get("score").getAsInt());
        }
    }

    @Test
    void theReportIsOfTheNewestVersion() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            int line = Contracts.lineOf(Contracts.SMALL, Contracts.TRAINING);
            s.change(uri, 2, line, 0, line, Contracts.TRAINING.length(), Contracts.BALANCED_TRAINING);
            JsonObject r = report(s, uri);
            assertEquals(2, r.get("version").getAsInt());
            List<String> codes = new ArrayList<>();
            r.getAsJsonArray("findings").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
            assertEquals(false, codes.contains("data.training-on-inputs"), codes.toString());
        }
    }

    @Test
    void aDocumentTooLargeToReviewReportsWhy() {
        try (LspSession s = LspSession.start(new LspSession.Options().initializationOptions("{\"maxFileSize\": 100}"))) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            JsonObject r = report(s, uri);
            assertEquals(1, r.get("version").getAsInt());
            assertEquals("the document has " + Contracts.SMALL.length() + " characters, more than the limit of 100 (setting clauselint.maxFileSize)",
                    r.get("error").getAsString());
        }
    }

    @Test
    void anUnknownDocumentOrAMissingArgumentIsInvalidParams() {
        try (LspSession s = LspSession.start()) {
            ResponseErrorException unknown = refused(s, List.of("file:///contracts/nowhere.md"));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), unknown.getResponseError().getCode());
            assertEquals("clauselint.riskReport: the document file:///contracts/nowhere.md is not open; open it in the editor first",
                    unknown.getResponseError().getMessage());
            ResponseErrorException none = refused(s, List.of());
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), none.getResponseError().getCode());
            assertEquals("clauselint.riskReport needs the document URI as its argument (a string or {\"uri\": ...})",
                    none.getResponseError().getMessage());
            ResponseErrorException number = refused(s, List.of(42));
            assertEquals("clauselint.riskReport needs the document URI as its argument (a string or {\"uri\": ...}), not 42",
                    number.getResponseError().getMessage());
            // the server still answers
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertEquals("D", report(s, uri).get("grade").getAsString());
        }
    }
}
