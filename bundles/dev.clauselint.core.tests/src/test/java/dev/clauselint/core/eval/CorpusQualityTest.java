package dev.clauselint.core.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality of the default playbook on the labelled dev corpus, printed in full and held above floors.
 * The floors sit a little below what the playbook measured when they were set, so a rule change
 * that loses real findings or adds false alarms fails the build; raise them as the rules improve.
 */
class CorpusQualityTest {
    // measured when set (2026-11-23): recall 216/217, false alarms 1/88, evidence 292/343 (0.85),
    // missing 98/98 with 0/57 false alarms, 40.7 findings per document
    static final double MIN_CLAUSE_RECALL = 0.95;
    static final double MAX_CLAUSE_FALSE_ALARM_RATE = 0.05;
    static final double MIN_EVIDENCE_RECALL = 0.80;
    static final double MIN_MISSING_RECALL = 0.95;
    static final double MIN_MISSING_PRECISION = 0.95;
    static final double MAX_FINDINGS_PER_DOCUMENT = 48;

    @Test
    void defaultPlaybookStaysAboveTheQualityFloorsOnTheDevCorpus() throws Exception {
        Path corpus = CorpusEvaluation.corpus();
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("labels")), "dev corpus not found at " + corpus);
        List<CorpusEvaluation.DocumentResult> results = CorpusEvaluation.evaluate(corpus);
        CorpusEvaluation.Score t = CorpusEvaluation.total(results);
        CorpusEvaluation.Score b = CorpusEvaluation.total(CorpusEvaluation.evaluate(corpus, true));
        System.out.print(CorpusEvaluation.report(results));
        System.out.printf("keyword baseline: clause recall %.2f, false alarms %d/%d, evidence %.2f, findings/doc %.1f%n",
                b.clauseRecall(), b.clauseFalseAlarms, b.clauseNegatives, b.evidenceRecall(), b.findingsPerDocument());
        assertTrue(t.clauseRecall() >= MIN_CLAUSE_RECALL, "clause recall " + t.clauseRecall());
        assertTrue(t.clauseFalseAlarmRate() <= MAX_CLAUSE_FALSE_ALARM_RATE, "clause false alarm rate " + t.clauseFalseAlarmRate());
        assertTrue(t.evidenceRecall() >= MIN_EVIDENCE_RECALL, "evidence recall " + t.evidenceRecall());
        assertTrue(t.missingRecall() >= MIN_MISSING_RECALL, "missing recall " + t.missingRecall());
        assertTrue(t.missingPrecision() >= MIN_MISSING_PRECISION, "missing precision " + t.missingPrecision());
        assertTrue(t.findingsPerDocument() <= MAX_FINDINGS_PER_DOCUMENT, "findings per document " + t.findingsPerDocument());
    }
}
