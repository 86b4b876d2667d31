package dev.clauselint.lsp.server;

import com.google.gson.JsonObject;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.Finding;
import dev.clauselint.lsp.cli.Cli;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

import java.util.ArrayList;
import java.util.List;

/** Findings as LSP diagnostics: code = catalog id, source = clauselint, severity from the playbook. */
final class DiagnosticFactory {
    static final String SOURCE = "clauselint";
    /** Where each rule is documented when its playbook entry gives no link of its own. */
    static final String RULES_DOC = Cli.INFORMATION_URI + "/blob/main/docs/rules.md#";

    private DiagnosticFactory() {
    }

    static List<Diagnostic> of(Analysis a) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : a.findings()) out.add(of(a, f));
        return out;
    }

    static Diagnostic of(Analysis a, Finding f) {
        Diagnostic d = new Diagnostic(a.range(f.span()), f.message(), severity(f.severity()), SOURCE, f.ruleId());
        Rule rule = a.rule(f.ruleId());
        String link = rule != null && rule.link() != null && !rule.link().isBlank() ? rule.link() : RULES_DOC + f.ruleId();
        d.setCodeDescription(new DiagnosticCodeDescription(link));
        if (!f.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Span s : f.related()) {
                related.add(new DiagnosticRelatedInformation(new Location(a.uri(), a.range(s)), relatedMessage(a, s)));
            }
            d.setRelatedInformation(related);
        }
        JsonObject data = new JsonObject();
        data.addProperty("version", a.version());
        data.addProperty("fixes", f.fixes().size());
        d.setData(data);
        return d;
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case HIGH -> DiagnosticSeverity.Error;
            case MEDIUM -> DiagnosticSeverity.Warning;
            case LOW -> DiagnosticSeverity.Information;
            case NOTE -> DiagnosticSeverity.Hint;
        };
    }

    /** "See: <first words of the related text>", short enough for a problems list. */
    private static String relatedMessage(Analysis a, Span source) {
        String t = a.text().substring(source.start(), Math.min(source.end(), a.text().length())).strip().replaceAll("\\s+", " ");
        if (t.length() > 80) t = t.substring(0, 77) + "...";
        return "depends on: " + t;
    }
}
