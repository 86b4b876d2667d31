package dev.clauselint.lsp.cli;

import dev.clauselint.core.compare.VersionComparer;
import dev.clauselint.core.compare.VersionComparison;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code clauselint diff OLD NEW}: what a new version of a contract changed, provision by provision. */
final class DiffCommand {
    static final String HELP = """
            Usage: clauselint diff [options] OLD NEW

            Compares two versions of a contract by provision, not by line: which risk categories
            appeared (added), disappeared (removed) or changed wording (reworded), with the severity
            and a short quote of each side, and the risk score before and after. Formatting, spacing,
            link targets, renumbered or reordered sections and renamed headings are not changes.

            Options:
              -f, --format text|json|markdown   output format (default text; markdown suits a pull request comment)
              --fail-on high|medium|low|note|none
                                                exit 1 when a change raised the risk in a category at
                                                least this severe (default high)
              --playbook FILE                   add a user playbook (YAML file or directory); repeatable
              --perspective customer|vendor     whose side the review takes (default customer)
              -h, --help                        show this help

            Exit codes: 0 no change raised the risk at or above --fail-on; 1 one did; 2 usage or
            input error (unknown option, missing or unreadable file, broken user playbook).
            """;

    private DiffCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("diff", argv, Set.of("format", "fail-on", "playbook", "perspective"), Set.of("help"),
                Map.of("-h", "help", "-f", "format"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String format = args.value("format", "text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "markdown").contains(format)) {
            throw new UsageException("--format must be text, json or markdown, not '" + format + "'");
        }
        String failOnArg = args.value("fail-on", "high");
        Severity failOn = failOnArg.equalsIgnoreCase("none") ? null : Severity.parse(failOnArg);
        if (failOn == null && !failOnArg.equalsIgnoreCase("none")) {
            throw new UsageException("--fail-on must be high, medium, low, note or none, not '" + failOnArg + "'");
        }
        Perspective perspective = PlaybookSetup.perspective(args);
        if (args.operands.size() != 2) {
            throw new UsageException("diff needs two files, the old version and the new one (got " + args.operands.size() + ")");
        }
        String oldPath = args.operands.get(0);
        String newPath = args.operands.get(1);

        PlaybookSetup playbooks = PlaybookSetup.load(perspective, args.values("playbook"));
        if (playbooks.report(err)) return Cli.ERROR;
        ContractDocument before;
        ContractDocument after;
        try {
            before = VersionFile.read(oldPath);
            after = VersionFile.read(newPath);
        } catch (VersionFile.Unreadable e) {
            err.println(e.getMessage().replaceFirst(": ", ": error: "));
            return Cli.ERROR;
        }
        for (String w : before.warnings()) err.println(oldPath + ": warning: " + w);
        for (String w : after.warnings()) err.println(newPath + ": warning: " + w);

        Reviewer reviewer = new Reviewer(playbooks.merged, ReviewSettings.defaults().withPerspective(perspective));
        VersionComparison c;
        try {
            c = new VersionComparer(reviewer).compare(before, after);
        } catch (RuntimeException | StackOverflowError e) {
            err.println("clauselint: error: internal error while comparing " + oldPath + " and " + newPath + " (please report it): " + e);
            return Cli.ERROR;
        }
        switch (format) {
            case "json" -> out.println(DiffJson.GSON.toJson(DiffJson.of(c)));
            case "markdown" -> DiffMarkdown.print(c, oldPath, newPath, out);
            default -> DiffText.print(c, out);
        }
        return failOn != null && c.riskierAtLeast(failOn) ? Cli.FINDINGS : Cli.OK;
    }
}
