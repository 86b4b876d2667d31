package dev.clauselint.lsp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The committed version of a file: {@code git show HEAD:./name}, run in the file's own folder so
 * the file's repository answers, whichever folder the editor opened. Each failure says which of
 * the user's expectations did not hold (no git, not a repository, not tracked, no commit yet).
 */
final class GitHead {
    private static final long TIMEOUT_S = 20;

    private GitHead() {
    }

    /** The bytes of {@code file} as committed in HEAD; IllegalArgumentException says why there are none. */
    static byte[] read(Path file) {
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        if (dir == null) throw new IllegalArgumentException(file + " has no folder to look for a git repository in");
        Result inside = git(dir, "rev-parse", "--is-inside-work-tree");
        if (inside.exit != 0 || !inside.text().strip().equals("true")) {
            throw new IllegalArgumentException(file + " is not in a git repository, so there is no HEAD version to compare with");
        }
        if (git(dir, "ls-files", "--error-unmatch", "--", name).exit != 0) {
            throw new IllegalArgumentException(file + " is not tracked by git; commit it first to compare with HEAD");
        }
        Result shown = git(dir, "show", "HEAD:./" + name);
        if (shown.exit != 0) {
            String why = shown.error.isBlank() ? "exit code " + shown.exit : shown.error.strip();
            throw new IllegalArgumentException(file + " has no version in HEAD (" + why + ")");
        }
        return shown.out;
    }

    private record Result(int exit, byte[] out, String error) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(p.getErrorStream(), err), "clauselint-git-stderr");
            drain.setDaemon(true);
            drain.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalArgumentException("git took longer than " + TIMEOUT_S + " s in " + dir);
            }
            drain.join(1000);
            return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run git to read the HEAD version (is git installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while running git");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended; what was read is enough for a message
        }
    }
}
