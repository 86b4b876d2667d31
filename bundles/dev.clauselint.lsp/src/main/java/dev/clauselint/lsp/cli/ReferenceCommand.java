package dev.clauselint.lsp.cli;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;
import dev.clauselint.core.reference.ReferenceBuilder;
import dev.clauselint.core.reference.ReferenceJson;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.lsp.ContractFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code clauselint reference build}: reviews a folder of contracts and writes the reference set
 * (facts per catalog category, no contract text) that hover and the risk report compare against.
 */
final class ReferenceCommand {
    static final String HELP = """
            Usage: clauselint reference build [options] PATH...

            Reviews every contract in the given folders (the files 'clauselint check DIR' would
            review) or files, and writes a reference set as JSON: for each rule, which documents
            have a finding of it, which do not, and which offer the protection answering a risky
            clause; each document's score and grade; the snapshot date. No contract text is kept,
            only a short name per document taken from its file name ("acme__terms.md" is "acme").

            Options:
              -o, --output FILE                 write the set to FILE instead of standard output
              --perspective customer|vendor     whose side the reviews take (default customer)
              --playbook FILE                   add a user playbook (YAML file or directory); repeatable
              --date YYYY-MM-DD                 the snapshot date (default today, UTC)
              --label TEXT                      what the documents are, for sentences such as
                                                "9 of 12 reviewed TEXT ..." (default "contracts")
              -h, --help                        show this help

            A file that cannot be read is skipped with a warning. Exit codes: 0 the set was written;
            2 usage error, a missing path, no readable contract, or a broken playbook.
            """;

    private ReferenceCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("reference", argv, Set.of("output", "perspective", "playbook", "date", "label"),
                Set.of("help"), Map.of("-h", "help", "-o", "output"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        if (args.operands.isEmpty() || !args.operands.get(0).equals("build")) {
            throw new UsageException("reference: expected 'reference build PATH...'"
                    + (args.operands.isEmpty() ? "" : ", not 'reference " + args.operands.get(0) + "'"));
        }
        List<String> paths = args.operands.subList(1, args.operands.size());
        if (paths.isEmpty()) throw new UsageException("reference build: no DIR given (a folder of contracts to learn from)");
        String date = snapshotDate(args.value("date", null));
        String label = args.value("label", ReferenceSet.DEFAULT_LABEL).strip();
        if (label.isEmpty()) throw new UsageException("--label must not be empty");
        Perspective perspective = PlaybookSetup.perspective(args);

        PlaybookSetup playbooks = PlaybookSetup.load(perspective, args.values("playbook"));
        if (playbooks.report(err)) {
            err.println("clauselint: reference set not written: fix the playbook first, or the facts would be wrong");
            return Cli.ERROR;
        }
        Selection files = new Selection();
        for (String p : paths) {
            if (!collect(p, files, err)) return Cli.ERROR;
        }
        Reviewer reviewer = new Reviewer(playbooks.merged, ReviewSettings.defaults().withPerspective(perspective));
        ReferenceBuilder builder = new ReferenceBuilder();
        ContractReader reader = new ContractReader();
        for (Map.Entry<String, Path> f : files.byName.entrySet()) {
            ContractDocument doc = read(reader, f.getValue(), err);
            if (doc == null) continue;
            try {
                builder.add(f.getKey(), reviewer.review(doc));
            } catch (RuntimeException | StackOverflowError e) {
                err.println(f.getValue() + ": warning: skipped, internal error while reviewing (please report it): " + e);
            }
        }
        if (builder.size() == 0) {
            err.println(String.join(" ", paths) + ": error: no contract could be read; no reference set written");
            return Cli.ERROR;
        }
        List<String> ruleIds = playbooks.merged.rules().stream().map(Rule::id).toList();
        ReferenceSet set = builder.build(date, perspective, label, ruleIds);
        return write(ReferenceJson.write(set), args.value("output", null), out, err, set);
    }

    private static String snapshotDate(String given) throws UsageException {
        if (given == null) return LocalDate.now(ZoneOffset.UTC).toString();
        try {
            return LocalDate.parse(given.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be YYYY-MM-DD, not '" + given + "'");
        }
    }

    /**
     * Adds the contracts at {@code operand} to {@code files}, keyed by the name they get in the set
     * (path under the folder, or the file name). Returns false, after saying why, when the path
     * does not exist or holds no contract file.
     */
    private static boolean collect(String operand, Selection files, PrintStream err) {
        Path root;
        try {
            root = Path.of(operand);
        } catch (InvalidPathException e) {
            err.println(operand + ": error: invalid path: " + e.getReason());
            return false;
        }
        if (!Files.exists(root)) {
            err.println(operand + ": error: no such file or directory");
            return false;
        }
        if (!Files.isDirectory(root)) {
            files.add(String.valueOf(root.getFileName()), root, root.toAbsolutePath().getParent());
            return true;
        }
        List<Path> found;
        try {
            found = ContractFiles.under(root, (file, e) ->
                    err.println(file + ": warning: skipped, cannot read: " + CheckCommand.describe(e)));
        } catch (IOException e) {
            err.println(operand + ": error: cannot walk directory: " + CheckCommand.describe(e));
            return false;
        }
        if (found.isEmpty()) {
            err.println(operand + ": error: no contract files found (looked for " + String.join(" ", ContractFiles.EXTENSIONS) + ")");
            return false;
        }
        for (Path f : found) files.add(root.relativize(f).toString().replace('\\', '/'), f, root);
        return true;
    }

    /** The files to review by the name they get in the set, each file once. */
    private static final class Selection {
        final Map<String, Path> byName = new LinkedHashMap<>();
        final Set<Path> seen = new HashSet<>();

        /**
         * Two folders given may hold files of the same name: the second is then named with its
         * folder in front ("b/acme.md"), and failing that numbered ("acme.md (2)").
         */
        void add(String name, Path file, Path folder) {
            if (!seen.add(file.toAbsolutePath().normalize())) return;
            String key = name;
            Path folderName = folder == null ? null : folder.toAbsolutePath().normalize().getFileName();
            if (byName.containsKey(key) && folderName != null) key = folderName + "/" + name;
            for (int n = 2; byName.containsKey(key); n++) key = name + " (" + n + ")";
            byName.put(key, file);
        }
    }

    /** The parsed contract, or null after a warning naming the file when it cannot be read. */
    private static ContractDocument read(ContractReader reader, Path file, PrintStream err) {
        try {
            if (Files.size(file) > (long) ContractReader.DEFAULT_MAX_CHARS * 4) {
                err.println(file + ": warning: skipped, too large to review");
                return null;
            }
            ContractDocument doc = reader.read(Files.readAllBytes(file), String.valueOf(file.getFileName()));
            if (!doc.source().isBlank()) return doc;
            // an empty file would count as lacking every protection
            err.println(file + ": warning: skipped, the file is empty");
        } catch (UnreadableInputException e) {
            err.println(file + ": warning: skipped, " + e.getMessage());
        } catch (IOException e) {
            err.println(file + ": warning: skipped, cannot read: " + CheckCommand.describe(e));
        } catch (OutOfMemoryError e) {
            err.println(file + ": warning: skipped, not enough memory to read it");
        }
        return null;
    }

    private static int write(String json, String outputFile, PrintStream out, PrintStream err, ReferenceSet set) {
        if (outputFile == null) {
            out.print(json);
        } else {
            try {
                Path target = Path.of(outputFile);
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(target, json, StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                err.println(outputFile + ": error: cannot write the reference set: " + CheckCommand.describe(e));
                return Cli.ERROR;
            }
        }
        err.println("clauselint: reference set of " + set.documents().size() + " documents and "
                + set.categories().size() + " rules" + (outputFile == null ? "" : " written to " + outputFile));
        return Cli.OK;
    }
}
