package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Alternative;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rule reference in Markdown ({@code clauselint rules --format markdown}, committed as
 * docs/rules.md). Every rule id gets one entry with an explicit HTML anchor equal to the id, because
 * diagnostics link to {@code rules.md#<id>}; an id whose rule differs between perspectives (the vendor
 * playbook reuses catalog ids) lists each perspective's version under that one anchor.
 */
final class RulesDoc {
    static final String REGENERATE = "./clauselint rules --format markdown > docs/rules.md";

    private RulesDoc() {
    }

    /** The page for the given perspectives' rules, in order of id; deterministic, lines end in \n. */
    static String markdown(Map<Perspective, List<Rule>> rulesByPerspective) {
        // id -> one version per distinct rule (the drafting rules are the same in both perspectives)
        Map<String, Map<Rule, List<Perspective>>> byId = new TreeMap<>();
        rulesByPerspective.forEach((perspective, rules) -> {
            for (Rule r : rules) {
                Map<Rule, List<Perspective>> versions = byId.computeIfAbsent(r.id(), k -> new LinkedHashMap<>());
                Rule same = versions.keySet().stream().filter(v -> sameRule(v, r)).findFirst().orElse(r);
                versions.computeIfAbsent(same, k -> new ArrayList<>()).add(perspective);
            }
        });

        StringBuilder md = new StringBuilder();
        md.append("# Rule reference\n\n");
        md.append("<!-- Generated from the shipped playbook; do not edit. Regenerate with: ").append(REGENERATE).append(" -->\n\n");
        md.append("Every rule of the playbook shipped with Clauselint, by id (the diagnostic code). Each entry says how\n");
        md.append("severe a finding is, why it matters, the laws it touches, what to ask the other side for, and the\n");
        md.append("balanced wording offered as quick fixes. Rules apply to the customer's review (the default) unless\n");
        md.append("marked for the vendor perspective (`--perspective vendor`, setting `perspective: vendor`).\n\n");

        md.append("| Rule | Severity | Perspective | Message |\n|---|---|---|---|\n");
        byId.forEach((id, versions) -> versions.forEach((r, ps) -> md.append("| [").append(id).append("](#").append(id)
                .append(") | ").append(r.severity().id()).append(" | ").append(names(ps)).append(" | ")
                .append(inline(r.message()).replace("|", "\\|")).append(" |\n")));

        byId.forEach((id, versions) -> {
            md.append("\n<a id=\"").append(id).append("\"></a>\n\n## ").append(id).append("\n");
            boolean split = versions.size() > 1;
            versions.forEach((r, ps) -> {
                if (split) md.append("\n### ").append(capitalised(names(ps))).append(" perspective\n");
                entry(md, r, ps);
            });
        });
        return md.toString();
    }

    private static void entry(StringBuilder md, Rule r, List<Perspective> ps) {
        md.append("\n**").append(r.severity().id()).append("** · ").append(kind(r)).append(" · ")
                .append(names(ps)).append(ps.size() > 1 ? " perspectives" : " perspective").append("\n\n");
        md.append(inline(r.message())).append("\n");
        if (present(r.rationale())) md.append("\n**Why it matters.** ").append(paragraphs(r.rationale())).append("\n");
        if (!r.laws().isEmpty()) {
            md.append("\n**Laws:**\n\n");
            for (String law : r.laws()) md.append("- ").append(inline(law)).append("\n");
        }
        if (present(r.ask())) md.append("\n**Ask for:** ").append(paragraphs(r.ask())).append("\n");
        if (!r.alternatives().isEmpty()) {
            md.append("\n**Alternative wording offered:**\n\n");
            for (Alternative a : r.alternatives()) {
                md.append("- `").append(a.id()).append("`").append(present(a.label()) ? ": " + inline(a.label()) : "").append("\n");
            }
        }
        if (present(r.link())) md.append("\nMore: <").append(r.link().strip()).append(">\n");
    }

    /** Loaded twice (once per perspective), a shared rule is equal in content, not identity. */
    private static boolean sameRule(Rule a, Rule b) {
        return Objects.equals(a.location(), b.location()) && a.severity() == b.severity()
                && Objects.equals(a.message(), b.message());
    }

    /** The kind as a reader knows it rather than its playbook key. */
    private static String kind(Rule r) {
        return switch (r.kind().name()) {
            case "clause" -> "risky clause";
            case "require" -> "missing protection";
            case "java" -> "drafting check";
            default -> r.kind().name() + " rule";
        };
    }

    private static String names(List<Perspective> ps) {
        return ps.stream().map(Perspective::id).collect(Collectors.joining(", "));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Blank lines separate paragraphs; other line breaks from the YAML are just spaces. */
    private static String paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) out.add(inline(p));
        return String.join("\n\n", out);
    }

    /** One line of prose; escapes what Markdown or HTML would otherwise eat. */
    private static String inline(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '[', ']' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
