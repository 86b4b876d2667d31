package dev.clauselint.lsp.cli;

import org.junit.jupiter.api.Test;

import static dev.clauselint.lsp.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @Test
    void helpListsTheCommands() {
        for (String flag : new String[] {"--help", "-h", "help"}) {
            CliRun r = run(flag);
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("check [options] PATH..."), r::toString);
            assertTrue(r.out().contains("explain"), r::toString);
        }
    }

    @Test
    void eachCommandHasHelp() {
        assertTrue(run("check", "--help").out().contains("--fail-on"));
        assertTrue(run("help", "check").out().contains("--fail-on"));
        assertTrue(run("rules", "-h").out().contains("--check"));
        assertTrue(run("explain", "--help").out().contains("ID"));
        assertEquals(0, run("check", "-h").exit());
    }

    @Test
    void versionPrintsNameAndVersion() {
        CliRun r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("clauselint \\S+\\n"), r::toString);
    }

    @Test
    void noArgumentsPrintsUsageAndExitsTwo() {
        CliRun r = run();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Usage: clauselint"), r::toString);
    }

    @Test
    void unknownCommandAndOptionExitTwo() {
        CliRun cmd = run("lint", "x.md");
        assertEquals(2, cmd.exit());
        assertTrue(cmd.err().contains("unknown command 'lint'"), cmd::toString);
        CliRun file = run("terms.md");
        assertTrue(file.err().contains("clauselint check terms.md"), file::toString);
        assertEquals(2, run("--nope").exit());
    }

    @Test
    void serveExplainsItselfAndRejectsBadOptions() {
        CliRun help = run("serve", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--port N"), help::toString);
        CliRun badPort = run("serve", "--port", "http");
        assertEquals(2, badPort.exit());
        assertTrue(badPort.err().contains("--port must be a port number"), badPort::toString);
        CliRun files = run("serve", "contract.md");
        assertEquals(2, files.exit());
        assertTrue(files.err().contains("takes no files"), files::toString);
    }
}
