package dev.clauselint.lsp.cli;

import dev.clauselint.lsp.server.ServerLauncher;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code clauselint serve}: the language server, over stdio or a local socket. */
final class ServeCommand {
    static final String HELP = """
            Usage: clauselint serve [--stdio | --port N]

            Starts the Clauselint language server (LSP 3.17). Editors start it themselves; see the
            README for VS Code, Eclipse, Neovim and Emacs set-up.

            Options:
              --stdio      talk over standard input and output (the default)
              --port N     listen on 127.0.0.1:N instead; each connection gets its own server
              -h, --help   show this help

            Settings come from the editor (section "clauselint") and from .clauselint.yaml at the
            root of the workspace folder. Logs go to the editor (window/logMessage) and to stderr.
            """;

    private ServeCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse("serve", argv, Set.of("port"), Set.of("help", "stdio"), Map.of("-h", "help"));
        if (args.has("help")) {
            out.print(HELP);
            return Cli.OK;
        }
        if (!args.operands.isEmpty()) throw new UsageException("serve takes no files (the editor sends them): " + args.operands);
        String port = args.value("port", null);
        if (port == null) return ServerLauncher.stdio();
        int n;
        try {
            n = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > 65535) throw new UsageException("--port must be a port number 0-65535, not '" + port + "'");
        return ServerLauncher.socket(n, err);
    }
}
