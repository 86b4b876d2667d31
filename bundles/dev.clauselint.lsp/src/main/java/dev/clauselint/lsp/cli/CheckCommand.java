package dev.clauselint.lsp.cli;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookProblem;
import dev.clauselint.core.playbook.Severity;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.Review;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.lsp.ContractFiles;
import dev.clauselint.lsp.PositionMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code clauselint check}: reviews files and directories and reports in text, JSON or SARIF. */
final class CheckCommand {
    static final String HELP = """
            Usage: clauselint check [options] PATH...

            Reviews contracts. A PATH is a file (any name; the format is taken from the extension or
            guessed) or a directory, walked for .md .markdown .txt .html .htm .contract files
            (hidden directories, target/ and node_modules/ are skipped).

            Options:
              -f, --format text|json|sarif      output format (default text)
              --fail-on high|medium|low|note|none
                                                exit 1 when a finding is at least this severe (default high)
              --playbook FILE                   add a user playbook (YAML file or directory); repeatable
              --perspective customer|vendor     whose side the review takes (default customer)
              --min-severity high|medium|low|note
                                                report only findings at least this severe (default note)
              --max-findings N                  at most N findings per file, most severe kept (default: all)
              --disable ID                      switch a rule off; repeatable
              -o, --output FILE                 write the report to FILE instead of standard output
              -h, --help                        show this help

            Text output: path:line:column: severity [rule-id] message (1-based; columns count UTF-16
            code units), then a summary line per file with score/100, grade A-E and counts.
            Errors and warnings go to standard error in every format.

            Files above %d MB of text are refused. Invalid UTF-8 is replaced with U+FFFD (with a
            warning) and the review continues.

            Exit codes: 0 no finding reaches --fail-on; 1 some finding does; 2 usage or input error
            (unknown option, missing, binary or too large file, broken user playbook). Readable files
            are still reviewed and reported when another file or a playbook is broken; 2 then wins.
            """.formatted(ContractReader.DEFAULT_MAX_CHARS / (1024 * 1024));

    private CheckCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("check", argv,
                Set.of("format", "fail-on", "playbook", "perspective", "min-severity", "max-findings", "disable", "output"),
                Set.of("help"), Map.of("-h", "help", "-o", "output", "-f", "format"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String format = args.value("format", "text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new UsageException("--format must be text, json or sarif, not '" + format + "'");
        }
        String failOnArg = args.value("fail-on", "high");
        Severity failOn = failOnArg.equalsIgnoreCase("none") ? null : Severity.parse(failOnArg);
        if (failOn == null && !failOnArg.equalsIgnoreCase("none")) {
            throw new UsageException("--fail-on must be high, medium, low, note or none, not '" + failOnArg + "'");
        }
        String minArg = args.value("min-severity", "note");
        Severity minimum = Severity.parse(minArg);
        if (minimum == null) throw new UsageException("--min-severity must be high, medium, low or note, not '" + minArg + "'");
        int maxFindings = 0;
        String maxArg = args.value("max-findings", null);
        if (maxArg != null) {
            try {
                maxFindings = Integer.parseInt(maxArg.strip());
            } catch (NumberFormatException e) {
                maxFindings = -1;
            }
            if (maxFindings < 0) throw new UsageException("--max-findings must be a whole number >= 0, not '" + maxArg + "'");
        }
        Perspective perspective = PlaybookSetup.perspective(args);
        if (args.operands.isEmpty()) throw new UsageException("check: no PATH given (files or directories to review)");

        PlaybookSetup playbooks = PlaybookSetup.load(perspective, args.values("playbook"));
        boolean playbookErrors = playbooks.report(err);
        Set<String> known = new HashSet<>();
        playbooks.merged.rules().forEach(r -> known.add(r.id()));
        for (String id : args.values("disable")) {
            if (!known.contains(id)) err.println("clauselint: warning: --disable " + id + ": no such rule");
        }
        ReviewSettings settings = ReviewSettings.defaults().withPerspective(perspective).withMinimumSeverity(minimum)
                .withMaxFindings(maxFindings).withDisabled(new HashSet<>(args.values("disable")));
        Reviewer reviewer = new Reviewer(playbooks.merged, settings);

        String outputFile = args.value("output", null);
        PrintStream reportOut = out;
        if (outputFile != null) {
            try {
                reportOut = new PrintStream(Files.newOutputStream(Path.of(outputFile)), false, StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                err.println(outputFile + ": error: cannot write the report: " + describe(e));
                return Cli.ERROR;
            }
        }
        int exit;
        try {
            Report report = Report.create(format, reportOut, reviewer.rules());
            for (PlaybookProblem p : playbooks.userProblems) {
                report.error(p.location().file(), p.message(), p.location().line(), p.location().column());
            }
            Check check = new Check(reviewer, report, err);
            for (String operand : args.operands) check.collect(operand);
            for (String[] file : check.files) check.review(file[0], Path.of(file[1]));
            if (check.errors > 0 || playbookErrors) {
                exit = Cli.ERROR;
            } else if (failOn != null && check.worst != null && check.worst.atLeast(failOn)) {
                exit = Cli.FINDINGS;
            } else {
                exit = Cli.OK;
            }
            report.finish(exit);
        } finally {
            if (reportOut != out) reportOut.close();
        }
        if (reportOut != out && reportOut.checkError()) {
            err.println(outputFile + ": error: writing the report failed");
            return Cli.ERROR;
        }
        return exit;
    }

    /** The state of one check run: files to review, counters, where to report. */
    private static final class Check {
        final Reviewer reviewer;
        final Report report;
        final PrintStream err;
        final ContractReader reader = new ContractReader();
        /** [display path, real path], in order, without duplicates. */
        final List<String[]> files = new ArrayList<>();
        final Set<Path> seen = new LinkedHashSet<>();
        int errors;
        Severity worst;

        Check(Reviewer reviewer, Report report, PrintStream err) {
            this.reviewer = reviewer;
            this.report = report;
            this.err = err;
        }

        void error(String path, String message) {
            errors++;
            err.println(path + ": error: " + message);
            report.error(path, message, 0, 0);
        }

        void warning(String path, String message) {
            err.println(path + ": warning: " + message);
            report.warning(path, message);
        }

        void add(String display, Path real) {
            Path key = real.toAbsolutePath().normalize();
            if (seen.add(key)) files.add(new String[] {display, real.toString()});
        }

        void collect(String operand) {
            Path root;
            try {
                root = Path.of(operand);
            } catch (InvalidPathException e) {
                error(operand, "invalid path: " + e.getReason());
                return;
            }
            if (!Files.exists(root)) {
                error(operand, "no such file or directory");
                return;
            }
            if (!Files.isDirectory(root)) {
                add(operand, root);
                return;
            }
            List<Path> found = new ArrayList<>();
            try {
                found = ContractFiles.under(root, (file, e) -> error(file.toString(), "cannot read: " + describe(e)));
            } catch (IOException e) {
                error(operand, "cannot walk directory: " + describe(e));
            }
            if (found.isEmpty()) {
                warning(operand, "no contract files found (looked for " + String.join(" ", ContractFiles.EXTENSIONS) + ")");
            }
            for (Path f : found) add(f.toString(), f);
        }

        void review(String display, Path path) {
            ContractDocument doc;
            try {
                long size = Files.size(path);
                if (size > (long) ContractReader.DEFAULT_MAX_CHARS * 4) {
                    error(display, "file too large to review (" + size / (1024 * 1024) + " MB; the limit is "
                            + ContractReader.DEFAULT_MAX_CHARS / (1024 * 1024) + " MB of text)");
                    return;
                }
                byte[] bytes = Files.readAllBytes(path);
                doc = reader.read(bytes, path.getFileName() == null ? display : path.getFileName().toString());
            } catch (UnreadableInputException e) {
                error(display, e.getMessage());
                return;
            } catch (IOException e) {
                error(display, "cannot read: " + describe(e));
                return;
            } catch (OutOfMemoryError e) {
                error(display, "not enough memory to read this file (try a larger -Xmx in JAVA_OPTS)");
                return;
            }
            for (String w : doc.warnings()) warning(display, w);
            if (doc.source().isBlank()) warning(display, "file is empty; nothing to review");
            Review review;
            try {
                review = reviewer.review(doc);
            } catch (RuntimeException | StackOverflowError e) {
                error(display, "internal error while reviewing (please report it): " + e);
                return;
            }
            for (String p : review.problems()) warning(display, "rule " + p);
            List<Finding> findings = new ArrayList<>(review.findings());
            findings.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
            for (Finding f : findings) {
                if (worst == null || f.severity().ordinal() < worst.ordinal()) worst = f.severity();
            }
            report.file(new FileReview(display, findings, review.score(), new PositionMapper(doc.source())));
        }
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
