package dev.clauselint.lsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;

/**
 * The {@code clauselint} command line. {@link #run} is the whole program and never calls
 * {@code System.exit}, so tests run it in-process.
 *
 * <p>Exit codes: 0 nothing reached {@code --fail-on}; 1 a finding did ({@code rules --check}: an
 * example failed); 2 usage or input errors (unknown option, missing, binary or too large file,
 * broken user playbook). Input and playbook errors do not stop the run: every readable file is
 * still reviewed (with the shipped playbook plus the valid user rules) and reported, and exit
 * code 2 then takes precedence over 1.
 */
public final class Cli {
    public static final String NAME = "clauselint";
    /** Where users learn about the tool (SARIF {@code informationUri}). */
    public static final String INFORMATION_URI = "https://github.com/clauselint/clauselint";

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private Cli() {
    }

    static final String USAGE = """
            Usage: clauselint <command> [options]

            Reviews AI vendors' terms of service against a playbook of contract risks.

            Commands:
              check [options] PATH...   review files or directories (.md .markdown .txt .html .htm .contract)
              rules [options]           list the rules of the loaded playbooks (--check runs their examples)
              explain [options] ID      show a rule's rationale, laws, what to ask for, examples and alternatives
              diff [options] OLD NEW    what a new version of a contract changed, by provision and risk category
              serve [--port N]          start the language server (stdio, or a socket on localhost:N)
              reference build DIR...    build a reference set (how often each risk occurs) from a folder of contracts

            Options:
              -h, --help                show help (also: clauselint <command> --help)
              --version                 show the version

            Exit codes: 0 no finding at or above --fail-on, 1 some finding is, 2 usage or input error.
            """;

    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        // UTF-8 whatever the platform's console encoding: reports carry contract text.
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        try {
            return dispatch(Arrays.asList(args), out, err);
        } catch (UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println("Try 'clauselint --help'.");
            return ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            err.print(USAGE);
            return ERROR;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (command) {
            case "-h", "--help", "help" -> {
                if (!rest.isEmpty() && !command.startsWith("-")) yield dispatch(List.of(rest.get(0), "--help"), out, err);
                out.print(USAGE);
                yield OK;
            }
            case "--version", "-V", "version" -> {
                out.println(NAME + " " + version());
                yield OK;
            }
            case "check" -> CheckCommand.run(rest, out, err);
            case "rules" -> RulesCommand.run(rest, out, err);
            case "explain" -> ExplainCommand.run(rest, out, err);
            case "diff" -> DiffCommand.run(rest, out, err);
            case "serve" -> ServeCommand.run(rest, out, err);
            case "reference" -> ReferenceCommand.run(rest, out, err);
            default -> {
                if (command.startsWith("-")) throw new UsageException("unknown option '" + command + "'");
                throw new UsageException("unknown command '" + command + "'"
                        + (command.contains(".") || command.contains("/") ? " (to review a file: clauselint check " + command + ")" : ""));
            }
        };
    }

    /** The version from the jar manifest (shaded jar), the bundle manifest (bnd) or "unknown". */
    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        if (v != null) return v;
        try {
            Enumeration<URL> manifests = Cli.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Manifest m = new Manifest(in);
                    String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    if (bsn != null && bsn.startsWith("dev.clauselint.lsp")) {
                        String bv = m.getMainAttributes().getValue("Bundle-Version");
                        if (bv != null) return bv;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "unknown";
    }
}
