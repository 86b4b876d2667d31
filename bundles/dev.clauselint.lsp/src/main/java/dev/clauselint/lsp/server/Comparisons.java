package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import dev.clauselint.core.compare.CategoryChange;
import dev.clauselint.core.compare.ChangeKind;
import dev.clauselint.core.compare.RiskDirection;
import dev.clauselint.core.compare.VersionComparer;
import dev.clauselint.core.compare.VersionComparison;
import dev.clauselint.core.review.Review;
import org.eclipse.lsp4j.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparisons an editor switched on with {@code clauselint.compareWith}: per open contract,
 * the other version and the diagnostics of the clauses that got riskier than in it. They are
 * published after the ordinary diagnostics, with their own source ({@link #SOURCE}) and
 * {@code data.compare = true}, and follow the text as it is edited (each full review is compared
 * again) until {@code clauselint.clearComparison} or the document is closed.
 */
final class Comparisons {
    static final String SOURCE = "clauselint-compare";

    /** One active comparison, as of the contract version it was last computed for. */
    private record Active(OtherVersion other, ReviewSetup setup, Review otherReview, int version,
                          List<Diagnostic> diagnostics) {
    }

    private final Map<String, Active> active = new ConcurrentHashMap<>();

    /** Compares a full review of the open contract with the other version, and keeps marking the difference. */
    VersionComparison start(Analysis a, OtherVersion other) {
        Review otherReview = a.setup().reviewer().review(other.document());
        VersionComparison c = new VersionComparer(a.setup().reviewer()).compare(otherReview, a.review());
        active.put(a.uri(), new Active(other, a.setup(), otherReview, a.version(), diagnostics(a, c, other.label())));
        return c;
    }

    /** Stops marking; returns whether a comparison was active. */
    boolean stop(String uri) {
        return active.remove(uri) != null;
    }

    boolean isActive(String uri) {
        return active.containsKey(uri);
    }

    /**
     * The ordinary diagnostics, followed by the comparison's while one is active. A comparison that
     * fails leaves its earlier marks: the ordinary diagnostics must be published whatever happens.
     */
    List<Diagnostic> withComparison(Analysis a, List<Diagnostic> ordinary) {
        Active x = active.get(a.uri());
        if (x == null || a.review() == null) return ordinary;
        if (x.version() != a.version() && !a.review().provisional()) {
            try {
                x = refresh(a, x);
            } catch (RuntimeException | StackOverflowError e) {
                // keep x: its marks are one version old, which beats dropping every diagnostic
            }
        }
        if (x.diagnostics().isEmpty()) return ordinary;
        List<Diagnostic> all = new ArrayList<>(ordinary);
        all.addAll(x.diagnostics());
        return all;
    }

    /** The same comparison for a newer version of the contract (or new settings). */
    private Active refresh(Analysis a, Active x) {
        Review otherReview = x.setup() == a.setup() ? x.otherReview() : a.setup().reviewer().review(x.other().document());
        VersionComparison c = new VersionComparer(a.setup().reviewer()).compare(otherReview, a.review());
        Active fresh = new Active(x.other(), a.setup(), otherReview, a.version(), diagnostics(a, c, x.other().label()));
        // a comparison cleared meanwhile stays cleared
        return active.replace(a.uri(), x, fresh) ? fresh : x;
    }

    static List<Diagnostic> diagnostics(Analysis a, VersionComparison c, String against) {
        List<Diagnostic> out = new ArrayList<>();
        for (CategoryChange ch : c.changes()) {
            if (ch.risk() != RiskDirection.UP || ch.finding() == null) continue;
            Diagnostic d = new Diagnostic(a.range(ch.finding().span()), message(ch, against),
                    DiagnosticFactory.severity(ch.finding().severity()), SOURCE, ch.code());
            JsonObject data = new JsonObject();
            data.addProperty("compare", true);
            data.addProperty("kind", ch.kind().id());
            data.addProperty("against", against);
            d.setData(data);
            out.add(d);
        }
        return out;
    }

    private static String message(CategoryChange ch, String against) {
        String what = ch.finding().message();
        if (ch.kind() == ChangeKind.ADDED && ch.code().startsWith("missing.")) return "Protection removed since " + against + ": " + what;
        if (ch.kind() == ChangeKind.ADDED) return "New since " + against + ": " + what;
        if (ch.severityBefore() != ch.severityAfter()) {
            return "More severe than in " + against + " (" + ch.severityBefore().id() + " -> " + ch.severityAfter().id() + "): " + what;
        }
        return "Riskier than in " + against + " (one more such clause): " + what;
    }
}
