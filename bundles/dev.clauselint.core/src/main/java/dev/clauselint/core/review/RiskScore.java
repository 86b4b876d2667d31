package dev.clauselint.core.review;

import dev.clauselint.core.playbook.Severity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's risk as one number and a grade, so contracts can be compared at a glance.
 *
 * <p>Formula (documented in docs/scoring.md): each distinct rule that fires adds its severity's
 * weight (high 12, medium 6, low 2, note 0) to a raw sum; each further finding of the same rule
 * adds a quarter of that weight. The score is {@code round(100 * (1 - exp(-raw / 120)))}, which
 * grows almost linearly for contracts with few risks and flattens towards 100, so heavily
 * one-sided terms still differ from each other. Grades: A 0-14, B 15-34, C 35-54, D 55-74,
 * E 75-100. Counting a rule once keeps a clause repeated in ten places from outweighing ten
 * different risks.
 */
public record RiskScore(int score, char grade, Map<Severity, Integer> counts) {

    static final Map<Severity, Double> WEIGHTS = Map.of(Severity.HIGH, 12.0, Severity.MEDIUM, 6.0, Severity.LOW, 2.0,
            Severity.NOTE, 0.0);

    /** The raw sum at which the score reaches 63 (1 - 1/e). */
    static final double SCALE = 120.0;

    public static RiskScore of(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0);
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
            double w = WEIGHTS.get(f.severity());
            sum += seen.add(f.ruleId()) ? w : w / 4;
        }
        int score = (int) Math.round(100 * (1 - Math.exp(-sum / SCALE)));
        return new RiskScore(score, grade(score), counts);
    }

    public static char grade(int score) {
        if (score < 15) return 'A';
        if (score < 35) return 'B';
        if (score < 55) return 'C';
        if (score < 75) return 'D';
        return 'E';
    }
}
