package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.reference.CategoryFacts;
import dev.clauselint.core.reference.ReferenceDocument;
import dev.clauselint.core.reference.ReferenceJson;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.lsp.ReferenceData;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clauselint.lsp.server.Ask.hover;
import static dev.clauselint.lsp.server.LspSession.get;
import static dev.clauselint.lsp.server.LspSession.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hover and the risk report put a contract next to the shipped reference set of AI vendor terms. */
class ReferenceComparisonTest {
    private static final ReferenceSet SET = ReferenceData.shipped();

    @TempDir
    Path dir;

    private static String verb(int count, String one, String many) {
        return count == 1 ? one : many;
    }

    private static String hoverText(LspSession s, String uri, int line, int character) {
        Hover h = hover(s, uri, line, character);
        return h == null ? "" : h.getContents().getRight().getValue();
    }

    @Test
    void hoverOnARiskyClauseSaysHowManyVendorsHaveItAndHowManyPromiseTheOpposite() {
        CategoryFacts training = SET.category("data.training-on-inputs");
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            String text = hoverText(s, uri, 8, 2);
            assertTrue(text.endsWith("**How common:** " + training.flagged().size() + " of 12 reviewed AI vendor terms"
                    + verb(training.flagged().size(), " contains", " contain") + " a similar clause; "
                    + training.offeringProtection().size() + verb(training.offeringProtection().size(), " commits", " commit")
                    + " to the opposite."), text);
        }
    }

    @Test
    void hoverOnAMissingProtectionSaysHowManyVendorsOfferIt() {
        CategoryFacts dpa = SET.category("missing.dpa");
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            String text = hoverText(s, uri, 0, 3);
            assertTrue(text.contains("**How common:** " + dpa.notFlagged().size() + " of 12 reviewed AI vendor terms"
                    + verb(dpa.notFlagged().size(), " offers", " offer") + " this protection; " + dpa.flagged().size()
                    + verb(dpa.flagged().size(), " does", " do") + " not."), text);
        }
    }

    @Test
    void aVendorSideReviewIsNotComparedWithCustomerSideFacts() {
        try (LspSession s = LspSession.start(new LspSession.Options().initializationOptions("{\"perspective\": \"vendor\"}"))) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertFalse(hoverText(s, uri, 0, 3).contains("How common"));
            assertFalse(report(s, uri).has("reference"));
        }
    }

    @Test
    void theRiskReportSaysWhereTheDocumentSitsAgainstTheReferenceSet() {
        try (LspSession s = LspSession.start()) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            JsonObject r = report(s, uri);
            int score = r.get("score").getAsInt();
            long lower = SET.documents().stream().filter(d -> d.score() < score).count();
            assertEquals(json("{\"documents\": 12, \"snapshot\": \"" + SET.snapshot() + "\", \"label\": \"AI vendor terms\","
                    + " \"scoreRank\": \"riskier than " + lower + " of 12\", \"percentile\": " + Math.round(100.0 * lower / 12) + "}"),
                    r.get("reference"));
        }
    }

    private static JsonObject report(LspSession s, String uri) {
        Object answer = get(s.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ClauselintServer.CMD_RISK_REPORT, List.of(uri))));
        return new Gson().toJsonTree(answer).getAsJsonObject();
    }

    @Test
    void theReferenceSettingSwitchesToTheUsersOwnSet() throws IOException {
        ReferenceSet mine = new ReferenceSet("2026-03-01", Perspective.CUSTOMER, "contracts we signed",
                List.of(new ReferenceDocument("acme", "acme.md", 40, 'C'), new ReferenceDocument("birch", "birch.md", 80, 'E')),
                List.of(new CategoryFacts("data.training-on-inputs", List.of("birch"), List.of("acme"),
                        "missing.no-training-commitment", List.of("acme"))));
        Path file = Files.writeString(dir.resolve("mine.json"), ReferenceJson.write(mine));
        try (LspSession s = LspSession.start(new LspSession.Options().noConfigurationRequests()
                .initializationOptions("{\"reference\": " + new Gson().toJson(file.toString()) + "}"))) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertTrue(hoverText(s, uri, 8, 2).endsWith("**How common:** 1 of 2 reviewed contracts we signed contains a similar clause;"
                    + " 1 commits to the opposite."));
            assertFalse(hoverText(s, uri, 0, 3).contains("How common"), "the set has no facts on missing provisions");
            assertEquals("riskier than 1 of 2", report(s, uri).getAsJsonObject("reference").get("scoreRank").getAsString());
        }
    }

    @Test
    void aBrokenReferenceFileIsReportedAndNothingIsCompared() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"documents\": 3}");
        try (LspSession s = LspSession.start(new LspSession.Options().noConfigurationRequests()
                .initializationOptions("{\"reference\": " + new Gson().toJson(file.toString()) + "}"))) {
            String uri = s.openMarkdown("small.md", Contracts.SMALL);
            assertFalse(hoverText(s, uri, 8, 2).contains("How common"));
            assertFalse(report(s, uri).has("reference"));
            assertTrue(s.client.shown.stream().anyMatch(m -> m.getMessage().contains("broken.json: not a valid reference set")),
                    "the user hears which file is wrong: " + s.client.shown);
        }
    }
}
