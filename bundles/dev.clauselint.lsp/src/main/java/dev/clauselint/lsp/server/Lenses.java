package dev.clauselint.lsp.server;

import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.RiskScore;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.ArrayList;
import java.util.List;

/** Code lenses on the first line: the risk score with counts, and how many protections are missing. */
final class Lenses {
    /** Findings of this catalog area are protections the contract lacks. */
    static final String MISSING_AREA = "missing";

    private Lenses() {
    }

    static List<CodeLens> lenses(Analysis a) {
        if (a.text().isBlank()) return List.of();
        Range top = new Range(new Position(0, 0), new Position(0, 0));
        List<CodeLens> out = new ArrayList<>();
        out.add(new CodeLens(top, report(a, riskTitle(a.review().score())), null));
        int missing = missingCount(a.findings());
        if (missing > 0) {
            out.add(new CodeLens(top, report(a, missing == 1 ? "1 missing protection" : missing + " missing protections"), null));
        }
        return out;
    }

    /** "Risk 68/100 (D): 7 high, 8 medium, 3 low"; severities without findings are left out. */
    static String riskTitle(RiskScore score) {
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = score.counts().getOrDefault(s, 0);
            if (n > 0) counts.add(n + " " + (s == Severity.NOTE && n > 1 ? "notes" : s.id()));
        }
        return "Risk " + score.score() + "/100 (" + score.grade() + "): " + (counts.isEmpty() ? "no findings" : String.join(", ", counts));
    }

    static int missingCount(List<Finding> findings) {
        int n = 0;
        for (Finding f : findings) if (f.ruleId().startsWith(MISSING_AREA + ".")) n++;
        return n;
    }

    private static Command report(Analysis a, String title) {
        return new Command(title, ClauselintServer.CMD_RISK_REPORT, List.of(a.uri()));
    }
}
