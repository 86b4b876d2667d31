package dev.clauselint.core.playbook;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example in the shipped playbooks runs as a test: flagged examples give exactly one finding
 * at the marked span, every alternative applied there silences the rule, clean examples stay silent.
 */
class PlaybookExamplesTest {

    @TestFactory
    List<DynamicNode> customerPlaybookExamples() {
        return examples(Perspective.CUSTOMER);
    }

    @TestFactory
    List<DynamicNode> vendorPlaybookExamples() {
        return examples(Perspective.VENDOR);
    }

    @TestFactory
    List<DynamicNode> everyRuleHasEnoughExamplesAndAFix() {
        List<DynamicNode> out = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            for (Rule rule : PlaybookLoader.defaultPlaybook(p).rules()) {
                out.add(DynamicTest.dynamicTest(p.id() + " " + rule.id(), () -> {
                    assertTrue(rule.flagged().size() >= 3, rule.id() + " needs at least 3 flagged examples");
                    assertTrue(rule.clean().size() >= 3, rule.id() + " needs at least 3 clean examples");
                    if (!rule.kind().name().equals("java")) {
                        assertTrue(!rule.alternatives().isEmpty(), rule.id() + " needs at least one alternative wording");
                    }
                    assertTrue(!rule.rationale().isBlank(), rule.id() + " needs a rationale for hover");
                }));
            }
        }
        return out;
    }

    @TestFactory
    List<DynamicNode> shippedPlaybooksLoadWithoutProblems() {
        List<DynamicNode> out = new ArrayList<>();
        for (Perspective p : Perspective.values()) {
            out.add(DynamicTest.dynamicTest(p.id(), () -> {
                Playbook playbook = PlaybookLoader.defaultPlaybook(p);
                assertEquals(List.of(), playbook.problems().stream().map(Object::toString).toList());
                assertTrue(playbook.rules().size() >= 5, "a real playbook has rules");
            }));
        }
        return out;
    }

    private static List<DynamicNode> examples(Perspective perspective) {
        ExampleRunner runner = new ExampleRunner();
        List<DynamicNode> out = new ArrayList<>();
        for (Rule rule : PlaybookLoader.defaultPlaybook(perspective).rules()) {
            List<DynamicNode> cases = new ArrayList<>();
            for (ExampleRunner.Outcome o : runner.run(rule)) {
                cases.add(DynamicTest.dynamicTest(o.name(), () -> assertNull(o.failure(),
                        () -> rule.location().file() + " " + o.name() + ": " + o.failure())));
            }
            out.add(DynamicContainer.dynamicContainer(rule.id(), cases));
        }
        return out;
    }
}
