package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.RiskScore;
import org.eclipse.lsp4j.ExecuteCommandParams;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * clauselint.riskReport: the risk report of an open document as JSON, from its newest analysis:
 * <pre>
 * {"uri", "version", "score", "grade", "counts": {"high", "medium", "low", "note"},
 *  "findings": [{"code", "severity", "message", "range": {"start": {"line", "character"}, "end"},
 *                "section", "category"}],
 *  "byCategory": {"data": 3, ...}, "missingProtections", "problems": [...],
 *  "reference": {"documents", "snapshot", "label", "scoreRank", "percentile"}}
 * </pre>
 * "reference" ranks the score against the reference set (docs/reference.md); absent when there is
 * none for the review's perspective.
 * Field names follow the CLI's JSON report where they overlap. "section" is the title of the
 * innermost heading the finding lies under (absent before the first heading); "category" is the
 * catalog area, the part of the code before the dot. A document that could not be reviewed
 * (too large, binary) gets only uri, version and "error".
 */
final class RiskReport {
    private static final Gson GSON = new Gson();

    private RiskReport() {
    }

    static CompletableFuture<Object> command(ClauselintServer server, ExecuteCommandParams params) {
        String uri;
        try {
            uri = CommandArguments.uri(params.getArguments(),
                    ClauselintServer.CMD_RISK_REPORT + " needs the document URI as its argument (a string or {\"uri\": ...})");
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(Requests.invalidParams(e.getMessage()));
        }
        if (!server.scheduler.isOpen(uri)) {
            return CompletableFuture.failedFuture(Requests.invalidParams(ClauselintServer.CMD_RISK_REPORT + ": the document " + uri
                    + " is not open; open it in the editor first"));
        }
        return server.requests().onSettled(uri, "risk report", (JsonObject) null, RiskReport::report)
                .thenApply(r -> r != null ? r : unreadable(server.scheduler.last(uri), uri));
    }

    /** The document URI: the first argument, as a string or as {"uri": "..."}. */


    static JsonObject report(Analysis a) {
        JsonObject root = header(a);
        RiskScore score = a.review().score();
        root.addProperty("score", score.score());
        root.addProperty("grade", String.valueOf(score.grade()));
        root.add("counts", counts(score));
        JsonArray findings = new JsonArray();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Finding f : a.findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("code", f.ruleId());
            o.addProperty("severity", f.severity().id());
            o.addProperty("message", f.message());
            o.add("range", GSON.toJsonTree(a.range(f.span())));
            Section section = Sections.innermost(a.document(), f.plain().start());
            o.addProperty("section", section == null ? null : section.title());
            String category = category(f.ruleId());
            o.addProperty("category", category);
            byCategory.merge(category, 1, Integer::sum);
            findings.add(o);
        }
        root.add("findings", findings);
        JsonObject categories = new JsonObject();
        byCategory.forEach(categories::addProperty);
        root.add("byCategory", categories);
        root.addProperty("missingProtections", Lenses.missingCount(a.findings()));
        root.add("reference", ReferenceComparison.standing(a));
        JsonArray problems = new JsonArray();
        a.review().problems().forEach(problems::add);
        root.add("problems", problems);
        return root;
    }

    /** A document that could not be reviewed (too large, binary): its URI, version and why. */
    private static JsonObject unreadable(Analysis a, String uri) {
        if (a == null) throw Requests.invalidParams(ClauselintServer.CMD_RISK_REPORT + ": the document " + uri + " is not open");
        JsonObject root = header(a);
        root.addProperty("error", a.error() == null ? "the document could not be reviewed" : a.error());
        return root;
    }

    private static JsonObject header(Analysis a) {
        JsonObject root = new JsonObject();
        root.addProperty("uri", a.uri());
        root.addProperty("version", a.version());
        return root;
    }

    static JsonObject counts(RiskScore score) {
        JsonObject counts = new JsonObject();
        for (Severity s : Severity.values()) counts.addProperty(s.id(), score.counts().getOrDefault(s, 0));
        return counts;
    }

    /** The catalog area of a rule id: "data" of "data.training-on-inputs". */
    static String category(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

}
