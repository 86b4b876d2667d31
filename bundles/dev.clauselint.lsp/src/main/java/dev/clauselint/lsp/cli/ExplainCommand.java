package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Alternative;
import dev.clauselint.core.playbook.Example;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Rule;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code clauselint explain ID}: everything the playbook says about one rule. */
final class ExplainCommand {
    static final String HELP = """
            Usage: clauselint explain [options] ID

            Shows a rule's message, rationale, laws, what to ask for, examples and alternative wording.

            Options:
              --playbook FILE                   add a user playbook (YAML file or directory); repeatable
              --perspective customer|vendor     whose side the review takes (default customer)
              -h, --help                        show this help
            """;

    private ExplainCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("explain", argv, Set.of("playbook", "perspective"), Set.of("help"), Map.of("-h", "help"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        if (args.operands.size() != 1) throw new UsageException("explain needs exactly one rule ID (see clauselint rules)");
        Perspective perspective = PlaybookSetup.perspective(args);
        PlaybookSetup playbooks = PlaybookSetup.load(perspective, args.values("playbook"));
        boolean broken = playbooks.report(err);
        String id = args.operands.get(0);
        Rule rule = playbooks.merged.rule(id);
        if (rule == null) {
            String suggestion = suggest(id, playbooks.merged.rules().stream().map(Rule::id).toList());
            err.println(Cli.NAME + ": unknown rule '" + id + "'"
                    + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "")
                    + " (clauselint rules lists them)");
            return Cli.ERROR;
        }
        print(rule, out);
        ReferenceExplanation.print(rule.id(), perspective, out);
        return broken ? Cli.ERROR : Cli.OK;
    }

    static void print(Rule r, PrintStream out) {
        out.println(r.id() + " (" + r.severity().id() + ", " + r.kind().name() + ")");
        out.println(r.message());
        out.println();
        out.println("Why it matters:");
        out.println(indent(r.rationale()));
        if (!r.laws().isEmpty()) {
            out.println();
            out.println("Laws:");
            for (String law : r.laws()) out.println("  - " + law);
        }
        if (r.ask() != null && !r.ask().isBlank()) {
            out.println();
            out.println("Ask for:");
            out.println(indent(r.ask()));
        }
        if (r.link() != null && !r.link().isBlank()) {
            out.println();
            out.println("More: " + r.link());
        }
        if (!r.flagged().isEmpty()) {
            out.println();
            out.println("Flagged (the finding in [[...]]):");
            for (Example e : r.flagged()) out.println(bullet(marked(e)));
        }
        if (!r.clean().isEmpty()) {
            out.println();
            out.println("Not flagged:");
            for (Example e : r.clean()) out.println(bullet(e.text()));
        }
        if (!r.alternatives().isEmpty()) {
            out.println();
            out.println("Alternatives:");
            for (Alternative a : r.alternatives()) {
                out.println("  " + a.id() + (a.label() != null ? ": " + a.label() : ""));
                out.println("      " + a.text().replace("\n", "\n      "));
            }
        }
        if (r.location() != null) {
            out.println();
            out.println("Defined in " + r.location());
        }
    }

    private static String marked(Example e) {
        if (e.marked() == null) return e.text();
        String t = e.text();
        return t.substring(0, e.marked().start()) + "[[" + t.substring(e.marked().start(), e.marked().end()) + "]]"
                + t.substring(e.marked().end());
    }

    private static String bullet(String text) {
        return "  - " + text.strip().replace("\n", "\n    ");
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }

    /** The closest id by edit distance (whole id or the part after the area), if close enough. */
    static String suggest(String wanted, List<String> ids) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wanted.toLowerCase(java.util.Locale.ROOT);
        for (String id : ids) {
            int d = distance(w, id);
            int dot = id.indexOf('.');
            if (dot >= 0) d = Math.min(d, distance(w, id.substring(dot + 1)));
            if (d < bestDistance || d == bestDistance && best != null && id.compareTo(best) < 0) {
                bestDistance = d;
                best = id;
            }
        }
        return best != null && bestDistance <= Math.max(2, w.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
