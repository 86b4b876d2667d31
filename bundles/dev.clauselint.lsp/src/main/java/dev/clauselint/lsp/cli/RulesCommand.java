package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.ExampleRunner;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Rule;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code clauselint rules}: the rule table, or with {@code --check} the rules' own examples run as tests. */
final class RulesCommand {
    static final String HELP = """
            Usage: clauselint rules [options]

            Lists the rules of the shipped playbook and any --playbook files: id, severity, kind, message.
            With --format markdown, writes the rule reference page instead (docs/rules.md is made so:
            ./clauselint rules --format markdown > docs/rules.md).

            Options:
              --playbook FILE                   add a user playbook (YAML file or directory); repeatable
              --perspective customer|vendor     whose side the review takes (default customer; for
                                                --format markdown, both unless given)
              --format text|markdown            the table (default) or the Markdown reference page
              --check                           run the rules' examples as tests and print each failure:
                                                the --playbook rules when any are given, else the shipped ones
              -h, --help                        show this help

            Exit codes: 0 fine; 1 an example failed (--check); 2 usage error or broken playbook.
            """;

    private RulesCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("rules", argv, Set.of("playbook", "perspective", "format"), Set.of("help", "check"),
                Map.of("-h", "help"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        if (!args.operands.isEmpty()) throw new UsageException("rules: unexpected argument '" + args.operands.get(0) + "'");
        String format = args.value("format", "text");
        if (!format.equals("text") && !format.equals("markdown")) {
            throw new UsageException("--format must be text or markdown, not '" + format + "'");
        }
        if (format.equals("markdown")) {
            if (args.has("check")) throw new UsageException("--check does not go with --format markdown");
            return markdown(args, out, err);
        }
        Perspective perspective = PlaybookSetup.perspective(args);
        List<String> files = args.values("playbook");
        PlaybookSetup playbooks = PlaybookSetup.load(perspective, files);
        boolean broken = playbooks.report(err);
        int exit = args.has("check") ? check(files.isEmpty() ? playbooks.merged.rules() : playbooks.userRules, out)
                : table(playbooks.merged.rules(), out);
        return broken ? Cli.ERROR : exit;
    }

    /** The reference page of one perspective when --perspective is given, else of both. */
    private static int markdown(Args args, PrintStream out, PrintStream err) throws UsageException {
        List<Perspective> perspectives = args.has("perspective") ? List.of(PlaybookSetup.perspective(args))
                : List.of(Perspective.values());
        Map<Perspective, List<Rule>> rules = new LinkedHashMap<>();
        boolean broken = false;
        for (Perspective p : perspectives) {
            PlaybookSetup playbooks = PlaybookSetup.load(p, args.values("playbook"));
            // user playbook problems are the same in every perspective: report them once
            broken |= rules.isEmpty() ? playbooks.report(err) : !playbooks.userProblems.isEmpty();
            rules.put(p, playbooks.merged.rules());
        }
        out.print(RulesDoc.markdown(rules));
        return broken ? Cli.ERROR : Cli.OK;
    }

    private static int table(List<Rule> rules, PrintStream out) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        int idWidth = "ID".length();
        for (Rule r : sorted) idWidth = Math.max(idWidth, r.id().length());
        String row = "%-" + idWidth + "s  %-8s  %-7s  %s%n";
        out.printf(row, "ID", "SEVERITY", "KIND", "MESSAGE");
        for (Rule r : sorted) out.printf(row, r.id(), r.severity().id(), r.kind().name(), r.message());
        out.println(sorted.size() + " rule" + (sorted.size() == 1 ? "" : "s"));
        return Cli.OK;
    }

    private static int check(List<Rule> rules, PrintStream out) {
        ExampleRunner runner = new ExampleRunner();
        int examples = 0;
        int failures = 0;
        for (Rule r : rules) {
            for (ExampleRunner.Outcome o : runner.run(r)) {
                examples++;
                if (!o.passed()) {
                    failures++;
                    out.println(r.location().file() + ": " + r.id() + ": " + o.name() + ": " + o.failure());
                }
            }
        }
        out.println("checked " + rules.size() + " rule" + (rules.size() == 1 ? "" : "s") + ", " + examples + " example"
                + (examples == 1 ? "" : "s") + ": " + (failures == 0 ? "all passed" : failures + " failed"));
        return failures == 0 ? Cli.OK : Cli.FINDINGS;
    }
}
