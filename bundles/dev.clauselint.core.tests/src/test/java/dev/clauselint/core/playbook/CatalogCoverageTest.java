package dev.clauselint.core.playbook;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalog in ../shared is the spec: every id of its sections A, B and C has a rule in the
 * default playbook, with the catalog's severity, and every quoted "NOT a finding" sentence is among
 * that rule's clean examples.
 */
class CatalogCoverageTest {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([a-z]+\\.[a-z0-9-]+)\\s*\\|\\s*(high|medium|low|note)\\s*\\|(.*)$");

    private static List<String[]> catalogRows() throws Exception {
        Path catalog = Path.of(System.getProperty("clauselint.shared", "../shared"), "risk-catalog.md");
        Assumptions.assumeTrue(Files.exists(catalog), "risk catalog not found at " + catalog);
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(catalog)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) rows.add(new String[]{m.group(1), m.group(2), m.group(3)});
        }
        return rows;
    }

    @Test
    void everyCatalogIdHasARuleWithTheCatalogSeverity() throws Exception {
        Playbook playbook = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER);
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (String[] row : catalogRows()) {
            expected.put(row[0], row[1]);
            Rule rule = playbook.rule(row[0]);
            actual.put(row[0], rule == null ? "(no rule)" : rule.severity().id());
        }
        assertEquals(49, expected.size(), "catalog rows parsed");
        assertEquals(expected, actual);
    }

    @Test
    void catalogNotAFindingSentencesAreCleanExamples() throws Exception {
        Playbook playbook = PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER);
        List<String> missing = new ArrayList<>();
        for (String[] row : catalogRows()) {
            String[] cells = row[2].split("\\|");
            if (cells.length < 3) continue;
            String notAFinding = cells[2].strip();
            Matcher quoted = Pattern.compile("^\"(.+)\"$").matcher(notAFinding);
            if (!quoted.matches()) continue;
            Rule rule = playbook.rule(row[0]);
            if (rule == null || rule.clean().stream().noneMatch(e -> e.text().contains(quoted.group(1)))) {
                missing.add(row[0] + ": " + quoted.group(1));
            }
        }
        assertEquals(List.of(), missing);
    }
}
