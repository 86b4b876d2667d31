package dev.clauselint.lsp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static dev.clauselint.lsp.cli.CliRun.run;
import static dev.clauselint.lsp.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF output validates against the official SARIF 2.1.0 schema and carries what code-scanning UIs show. */
class SarifReportTest {
    static JsonSchema schema;

    @TempDir
    Path dir;
    String playbook;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            assertNotNull(in, "schema resource");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @BeforeEach
    void setUp() {
        playbook = CliRun.testPlaybook(dir).toString();
    }

    static void assertValid(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        Set<ValidationMessage> problems = schema.validate(node);
        assertTrue(problems.isEmpty(), () -> "SARIF schema violations: " + problems + "\n" + json);
    }

    static JsonObject run0(JsonObject root) {
        return root.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    @Test
    void theValidatorRejectsInvalidSarif() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}");
        assertFalse(schema.validate(bad).isEmpty(), "a driver without a name must fail, or the validator checks nothing");
    }

    @Test
    void reportWithFindingsFixesAndErrorsIsValid() throws Exception {
        String doc = write(dir.resolve("my terms.md"), """
                # Terms

                We keep a llama. 😀 Intro. You grant us a perpetual license.\r
                We may keep a zebra.
                """).toString();
        CliRun r = run("check", "--format", "sarif", "--playbook", playbook, doc, dir.resolve("gone.md").toString());
        assertEquals(2, r.exit(), r::toString);
        assertValid(r.out());

        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject run = run0(root);
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("clauselint", driver.get("name").getAsString());
        assertNotNull(driver.get("version"));
        assertTrue(driver.get("informationUri").getAsString().startsWith("https://"));

        JsonArray rules = driver.getAsJsonArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) index.put(rules.get(i).getAsJsonObject().get("id").getAsString(), i);
        JsonObject zebraRule = rules.get(index.get("custom.zebra")).getAsJsonObject();
        assertEquals("The sentence mentions a zebra.", zebraRule.getAsJsonObject("shortDescription").get("text").getAsString());
        assertEquals("Zebras are the test suite's high-severity risk.",
                zebraRule.getAsJsonObject("fullDescription").get("text").getAsString());
        assertTrue(zebraRule.getAsJsonObject("help").get("text").getAsString().contains("No zebras."));
        assertEquals("error", zebraRule.getAsJsonObject("defaultConfiguration").get("level").getAsString());

        JsonArray results = run.getAsJsonArray("results");
        assertEquals(3, results.size());
        Map<String, String> levels = new HashMap<>();
        for (var e : results) {
            JsonObject res = e.getAsJsonObject();
            String id = res.get("ruleId").getAsString();
            assertEquals(index.get(id), res.get("ruleIndex").getAsInt());
            levels.put(id, res.get("level").getAsString());
            JsonObject loc = res.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
            String uri = loc.getAsJsonObject("artifactLocation").get("uri").getAsString();
            assertTrue(uri.startsWith("file:///") && uri.endsWith("/my%20terms.md"), uri);
        }
        assertEquals(Map.of("custom.zebra", "error", "custom.perpetual", "warning", "custom.llama", "note"), levels);

        JsonObject perpetual = null;
        for (var e : results) if (e.getAsJsonObject().get("ruleId").getAsString().equals("custom.perpetual")) perpetual = e.getAsJsonObject();
        assertNotNull(perpetual);
        JsonObject region = perpetual.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        String text = java.nio.file.Files.readString(Path.of(doc));
        int start = text.indexOf("You grant");
        assertEquals(3, region.get("startLine").getAsInt());
        assertEquals("We keep a llama. 😀 Intro. ".length() + 1, region.get("startColumn").getAsInt());
        assertEquals(start, region.get("charOffset").getAsInt());
        assertEquals("You grant us a perpetual license.".length(), region.get("charLength").getAsInt());
        assertEquals(3, region.get("endLine").getAsInt());

        JsonObject replacement = perpetual.getAsJsonArray("fixes").get(0).getAsJsonObject().getAsJsonArray("artifactChanges")
                .get(0).getAsJsonObject().getAsJsonArray("replacements").get(0).getAsJsonObject();
        assertEquals(start, replacement.getAsJsonObject("deletedRegion").get("charOffset").getAsInt());
        assertTrue(replacement.getAsJsonObject("insertedContent").get("text").getAsString().contains("only during the term"));

        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(invocation.get("executionSuccessful").getAsBoolean());
        JsonObject note = invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
        assertEquals("error", note.get("level").getAsString());
        assertTrue(note.getAsJsonObject("message").get("text").getAsString().contains("no such file"));
    }

    @Test
    void relativePathsStayRelativeAndEncoded() throws Exception {
        Path file = write(dir.resolve("sub dir/a#b.md"), "We may keep a zebra.\n");
        String relative = Path.of("").toAbsolutePath().relativize(file).toString();
        CliRun r = run("check", "--format", "sarif", "--playbook", playbook, relative);
        assertValid(r.out());
        JsonObject artifact = run0(JsonParser.parseString(r.out()).getAsJsonObject()).getAsJsonArray("results").get(0)
                .getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation");
        String uri = artifact.get("uri").getAsString();
        assertFalse(uri.startsWith("file:"), uri);
        assertTrue(uri.endsWith("sub%20dir/a%23b.md"), uri);
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
    }

    @Test
    void cleanRunIsValidAndSuccessful() throws Exception {
        String doc = write(dir.resolve("ok.md"), "# Terms\n\nWe keep a horse.\n").toString();
        CliRun r = run("check", "--format", "sarif", "--playbook", playbook, doc);
        assertEquals(0, r.exit());
        assertValid(r.out());
        JsonObject run = run0(JsonParser.parseString(r.out()).getAsJsonObject());
        assertEquals(0, run.getAsJsonArray("results").size());
        assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().get("executionSuccessful").getAsBoolean());
    }

    @Test
    void shippedPlaybookReportIsValid() throws Exception {
        String doc = write(dir.resolve("terms.html"), """
                <html><body><h1>Terms of Service</h1>
                <p>We may use your Inputs and Outputs to train and improve our models.</p>
                <p>Fees are non-refundable. Any dispute will be resolved by binding arbitration.</p>
                </body></html>
                """).toString();
        CliRun r = run("check", "--format", "sarif", doc);
        assertValid(r.out());
        assertTrue(r.out().contains("\"data.training-on-inputs\""), r::toString);
    }

    @Test
    void warningsBecomeNotifications() throws Exception {
        byte[] bytes = {'W', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'z', 'e', 'b', 'r', 'a', '.', '\n'};
        String doc = write(dir.resolve("bad-utf8.md"), bytes).toString();
        CliRun r = run("check", "--format", "sarif", "--playbook", playbook, doc);
        assertValid(r.out());
        JsonObject invocation = run0(JsonParser.parseString(r.out()).getAsJsonObject()).getAsJsonArray("invocations").get(0)
                .getAsJsonObject();
        assertTrue(invocation.get("executionSuccessful").getAsBoolean());
        assertEquals("warning", invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject()
                .get("level").getAsString());
    }
}
