package dev.clauselint.core.playbook;

import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserPlaybookTest {
    private static final String GOOD_RULE = """
            rules:
              - id: custom.no-ai-act
                kind: require
                severity: medium
                message: The contract does not mention the EU AI Act.
                rationale: Our policy requires an AI Act clause.
                keywords: [act]
                satisfied-by: ["\\\\bAI Act\\\\b"]
                alternatives:
                  - {id: model, label: AI Act clause, text: "Each party will comply with the EU AI Act as it applies to its role."}
                examples:
                  flagged: ["[[Terms]]\\n\\nNothing here.", "[[Deal]]\\n\\nMore.", "[[X]]\\n\\nY."]
                  clean: ["# Terms\\n\\nEach party will comply with the EU AI Act.", "# T\\n\\nThe AI Act applies.", "# T\\n\\nAI Act."]
            severity:
              data.training-on-inputs: low
            disable: [missing.no-training-commitment]
            """;

    private static List<Finding> review(Playbook playbook, String text) throws Exception {
        return new Reviewer(playbook, ReviewSettings.defaults()).review(new ContractReader().read(text, "c.md")).findings();
    }

    @Test
    void userRulesAddOverrideAndDisable() throws Exception {
        Playbook user = PlaybookLoader.userPlaybook(GOOD_RULE, "mine.yaml");
        assertEquals(List.of(), user.problems());
        Playbook merged = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER).with(user);
        List<Finding> findings = review(merged, "# Terms\n\nWe may use your inputs to train our models.\n");
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("custom.no-ai-act")));
        Finding training = findings.stream().filter(f -> f.ruleId().equals("data.training-on-inputs")).findFirst().orElseThrow();
        assertEquals(Severity.LOW, training.severity());
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("missing.no-training-commitment")));
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() {
        Playbook user = PlaybookLoader.userPlaybook("rules:\n  - id: x.y\n    kind: [clause\n", "broken.yaml");
        assertEquals(1, user.problems().size());
        PlaybookProblem p = user.problems().get(0);
        assertEquals("broken.yaml", p.location().file());
        assertTrue(p.location().line() >= 3, p.toString());
        assertTrue(p.toString().startsWith("broken.yaml:"), p.toString());
    }

    @Test
    void brokenRuleIsSkippedWithItsLocationAndOthersLoad() {
        String yaml = """
                rules:
                  - id: custom.good
                    kind: clause
                    severity: low
                    message: m
                    rationale: r
                    match: ["\\\\bfoo\\\\b"]
                    alternatives: [{id: a, label: l, text: bar}]
                  - id: custom.bad
                    kind: clause
                    severity: urgent
                    message: m
                    rationale: r
                    match: ["(unclosed"]
                """;
        Playbook user = PlaybookLoader.userPlaybook(yaml, "p.yaml");
        assertNotNull(user.rule("custom.good"));
        assertNull(user.rule("custom.bad"));
        List<String> problems = user.problems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("p.yaml:11:") && s.contains("severity")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("p.yaml:14:") && s.contains("invalid pattern")), problems.toString());
    }

    @Test
    void unknownKeysAndKindsAreReported() {
        String yaml = """
                rules:
                  - id: custom.x
                    kind: magic
                    severity: low
                    message: m
                    rationale: r
                    colour: blue
                """;
        List<String> problems = PlaybookLoader.userPlaybook(yaml, "p.yaml").problems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("p.yaml:3:") && s.contains("unknown kind 'magic'")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("p.yaml:7:") && s.contains("unknown key 'colour'")), problems.toString());
    }

    @Test
    void flaggedExampleWithoutMarkerIsALoadError() {
        String yaml = """
                rules:
                  - id: custom.x
                    kind: clause
                    severity: low
                    message: m
                    rationale: r
                    match: ["foo"]
                    examples:
                      flagged: ["foo without a marker"]
                """;
        List<String> problems = PlaybookLoader.userPlaybook(yaml, "p.yaml").problems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("p.yaml:9:") && s.contains("[[")), problems.toString());
    }

    @Test
    void directoryOfRuleFilesTakesIdsFromPaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("custom"));
        Files.writeString(dir.resolve("custom/no-foo.yaml"), """
                kind: clause
                severity: low
                message: Foo found.
                rationale: We avoid foo.
                match: ["\\\\bfoo\\\\b"]
                alternatives: [{id: bar, label: say bar, text: "Bar."}]
                """);
        Playbook user = PlaybookLoader.userPlaybook(dir);
        assertEquals(List.of(), user.problems());
        List<Finding> findings = review(user, "# T\n\nThere is foo here.\n");
        assertEquals(List.of("custom.no-foo"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void missingFileIsAProblemNotACrash(@TempDir Path dir) {
        Playbook user = PlaybookLoader.userPlaybook(dir.resolve("nope.yaml"));
        assertEquals(1, user.problems().size());
        assertTrue(user.problems().get(0).toString().contains("nope.yaml"));
    }
}
