package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.TestDocs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline directives switch rules off for a line, a region or a file, in every format, and nothing else. */
class SuppressionsTest {
    private static final Reviewer REVIEWER = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());

    private static final String TRAIN = "Provider may use Customer Content to train and improve its models.";
    private static final String CAP = "Provider's total liability shall not exceed one hundred dollars ($100).";
    private static final String CHANGE = "Provider may modify these terms at any time without notice.";

    /** A Markdown contract with {@code %s} placeholders before the training, cap and change clauses. */
    private static String markdown(String beforeTraining, String beforeCap, String beforeChange) {
        return "# AI Services Agreement\n\n"
                + "\"Customer Content\" means any data Customer submits to the Services.\n\n"
                + "## Use of Data\n\n" + beforeTraining + TRAIN + "\n\n"
                + "## Liability\n\n" + beforeCap + CAP + "\n\n"
                + "## Changes\n\n" + beforeChange + CHANGE + "\n";
    }

    private static final String PLAIN = markdown("", "", "");

    /** "rule@line" for each finding, 1-based lines, in document order. */
    private static List<String> found(String text, String fileName) {
        ContractDocument d = TestDocs.read(text, fileName);
        List<String> out = new ArrayList<>();
        for (Finding f : REVIEWER.review(d).findings()) out.add(f.ruleId() + "@" + lineOf(text, f.span().start()));
        return out;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** The baseline findings with the given rule@line entries taken out, as the line numbers shift by {@code shift} after {@code from}. */
    private static List<String> baselineWithout(String text, String fileName, int from, int shift, String... removed) {
        List<String> out = new ArrayList<>();
        for (String f : found(text, fileName)) {
            String rule = f.substring(0, f.indexOf('@'));
            int line = Integer.parseInt(f.substring(f.indexOf('@') + 1));
            String moved = rule + "@" + (line >= from ? line + shift : line);
            if (!List.of(removed).contains(moved)) out.add(moved);
        }
        return out;
    }

    @Test
    void theBaselineHasTheFindingsTheseTestsSuppress() {
        List<String> f = found(PLAIN, "t.md");
        assertTrue(f.contains("data.training-on-inputs@7"), f::toString);
        assertTrue(f.contains("liability.low-cap@11"), f::toString);
        assertTrue(f.contains("change.unilateral-terms@15"), f::toString);
        assertTrue(f.contains("missing.dpa@1"), f::toString);
    }

    @Test
    void nextLineHidesOnlyTheNamedRuleOnTheFollowingLine() {
        String text = markdown("<!-- clauselint-disable-next-line data.training-on-inputs -->\n", "", "");
        assertEquals(baselineWithout(PLAIN, "t.md", 7, 1, "data.training-on-inputs@8"), found(text, "t.md"));
    }

    @Test
    void nextLineWithoutIdsHidesEveryRuleOnThatLineButNoOtherLine() {
        String text = markdown("", "<!-- clauselint-disable-next-line -->\n", "");
        List<String> expected = new ArrayList<>(baselineWithout(PLAIN, "t.md", 11, 1));
        expected.removeIf(f -> f.endsWith("@12"));
        List<String> got = found(text, "t.md");
        assertEquals(expected, got);
        assertTrue(got.contains("data.training-on-inputs@7") && got.contains("change.unilateral-terms@16"), got::toString);
    }

    @Test
    void nextLineSkipsBlankLinesAndOtherDirectives() {
        String text = markdown("<!-- clauselint-disable-next-line data.training-on-inputs -->\n\n"
                + "<!-- clauselint-disable-next-line liability.low-cap -->\n", "", "");
        assertEquals(baselineWithout(PLAIN, "t.md", 7, 3, "data.training-on-inputs@10"), found(text, "t.md"));
    }

    @Test
    void severalIdsSeparatedByCommasOrSpacesAndAReasonAfterAColon() {
        String text = markdown("", "", "")
                .replace("# AI Services Agreement\n", "# AI Services Agreement\n<!-- clauselint-disable-file missing.dpa, data.training-on-inputs  change.unilateral-terms: agreed with the vendor -->\n");
        assertEquals(baselineWithout(PLAIN, "t.md", 2, 1, "missing.dpa@1", "data.training-on-inputs@8", "change.unilateral-terms@16"),
                found(text, "t.md"));
    }

    @Test
    void aRegionHidesItsRuleUntilItIsEnabledAgain() {
        String text = markdown("<!-- clauselint-disable change.unilateral-terms, data.training-on-inputs -->\n", "",
                "<!-- clauselint-enable change.unilateral-terms -->\n");
        // training is still off after the enable that named only the other rule; the change clause is back
        assertEquals(baselineWithout(PLAIN, "t.md", 7, 1, "data.training-on-inputs@8").stream()
                .map(f -> f.replace("@16", "@17")).toList(), found(text, "t.md"));
    }

    @Test
    void aRegionWithoutEnableRunsToTheEndOfTheFile() {
        String text = markdown("", "<!-- clauselint-disable -->\n", "");
        List<String> got = found(text, "t.md");
        assertEquals(baselineWithout(PLAIN, "t.md", 11, 1).stream().filter(f -> Integer.parseInt(f.substring(f.indexOf('@') + 1)) < 12).toList(), got);
        assertTrue(got.contains("data.training-on-inputs@7"), got::toString);
    }

    @Test
    void aBareEnableEndsEveryOpenRegion() {
        String text = markdown("<!-- clauselint-disable -->\n", "<!-- clauselint-enable -->\n", "");
        List<String> got = found(text, "t.md");
        assertTrue(!got.contains("data.training-on-inputs@8"), got::toString);
        assertTrue(got.contains("liability.low-cap@13") && got.contains("change.unilateral-terms@17"), got::toString);
    }

    @Test
    void fileDirectiveHidesAMissingProvisionAnchoredOnTheTitle() {
        String text = "<!-- clauselint-disable-file missing.dpa -->\n" + PLAIN;
        assertEquals(baselineWithout(PLAIN, "t.md", 1, 1, "missing.dpa@2"), found(text, "t.md"));
    }

    @Test
    void unknownIdsAreIgnoredAndDirectivesNeverHideOtherRules() {
        String text = markdown("<!-- clauselint-disable-next-line no.such-rule -->\n",
                "<!-- clauselint-disable data.training-on-inputs -->\n", "");
        List<String> expected = found(PLAIN, "t.md").stream().map(f -> shift(f, lineOf(f) >= 11 ? 2 : lineOf(f) >= 7 ? 1 : 0)).toList();
        assertEquals(expected, found(text, "t.md"));
    }

    private static int lineOf(String finding) {
        return Integer.parseInt(finding.substring(finding.indexOf('@') + 1));
    }

    private static String shift(String f, int by) {
        int at = f.indexOf('@');
        return f.substring(0, at + 1) + (Integer.parseInt(f.substring(at + 1)) + by);
    }

    @Test
    void plainTextTakesSlashAndPercentCommentLines() {
        String base = PLAIN.replace("# ", "").replace("## ", "");
        String text = base.replace(TRAIN, "// clauselint-disable-next-line data.training-on-inputs\n" + TRAIN)
                .replace(CAP, "   %% clauselint-disable-next-line liability.low-cap\n" + CAP);
        List<String> before = found(base, "t.txt");
        assertTrue(before.contains("data.training-on-inputs@7") && before.contains("liability.low-cap@11"), before::toString);
        List<String> expected = new ArrayList<>();
        for (String f : before) {
            if (f.equals("data.training-on-inputs@7") || f.equals("liability.low-cap@11")) continue;
            int line = Integer.parseInt(f.substring(f.indexOf('@') + 1));
            expected.add(shift(f, line >= 11 ? 2 : line >= 7 ? 1 : 0));
        }
        assertEquals(expected, found(text, "t.txt"));
    }

    @Test
    void inMarkdownASlashCommentIsContractTextNotADirective() {
        String text = markdown("// clauselint-disable-next-line data.training-on-inputs\n", "", "");
        assertTrue(found(text, "t.md").stream().anyMatch(f -> f.startsWith("data.training-on-inputs@")));
    }

    @Test
    void htmlTakesCommentLines() {
        String html = "<html><body>\n<h1>AI Services Agreement</h1>\n"
                + "<p>&quot;Customer Content&quot; means any data Customer submits to the Services.</p>\n"
                + "<h2>Use of Data</h2>\n<p>" + TRAIN + "</p>\n<h2>Liability</h2>\n<p>" + CAP + "</p>\n</body></html>\n";
        List<String> before = found(html, "t.html");
        assertTrue(before.contains("data.training-on-inputs@5"), before::toString);
        String text = html.replace("<p>" + TRAIN, "  <!-- clauselint-disable-next-line data.training-on-inputs -->\n<p>" + TRAIN);
        List<String> expected = new ArrayList<>();
        for (String f : before) {
            if (f.equals("data.training-on-inputs@5")) continue;
            expected.add(Integer.parseInt(f.substring(f.indexOf('@') + 1)) >= 5 ? shift(f, 1) : f);
        }
        assertEquals(expected, found(text, "t.html"));
    }

    @Test
    void suppressedFindingsDoNotCountTowardTheRiskScore() {
        String text = markdown("<!-- clauselint-disable-next-line data.training-on-inputs -->\n", "", "");
        Review plain = REVIEWER.review(TestDocs.md(PLAIN));
        Review quiet = REVIEWER.review(TestDocs.md(text));
        List<Finding> expected = plain.findings().stream().filter(f -> !f.ruleId().equals("data.training-on-inputs")).toList();
        assertEquals(RiskScore.of(expected), quiet.score());
        assertTrue(quiet.score().score() != plain.score().score(), "the training finding weighed on the score before");
    }
}
