package dev.clauselint.lsp.cli;

import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.PlaybookProblem;
import dev.clauselint.core.playbook.Rule;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped playbook of a perspective with the user's {@code --playbook} files layered over it.
 * Problems in user files are errors (the command exits 2 in the end); problems in the shipped
 * playbook are a bug of this build and only warned about, so they never fail a user's check.
 */
final class PlaybookSetup {
    final Playbook merged;
    final List<Rule> userRules = new ArrayList<>();
    final List<PlaybookProblem> userProblems = new ArrayList<>();
    final List<PlaybookProblem> shippedProblems;

    private PlaybookSetup(Perspective perspective, List<String> files) {
        Playbook shipped = PlaybookLoader.defaultPlaybook(perspective);
        shippedProblems = shipped.problems();
        Playbook p = new Playbook(shipped.rules(), List.of(), shipped.severityOverrides(), shipped.disabled());
        for (String f : files) {
            Playbook user = PlaybookLoader.userPlaybook(Path.of(f));
            userProblems.addAll(user.problems());
            userRules.addAll(user.rules());
            p = p.with(new Playbook(user.rules(), List.of(), user.severityOverrides(), user.disabled()));
        }
        merged = p;
    }

    static PlaybookSetup load(Perspective perspective, List<String> files) {
        return new PlaybookSetup(perspective, files);
    }

    /** Prints problems to {@code err}; returns whether any user playbook was broken. */
    boolean report(PrintStream err) {
        for (PlaybookProblem p : shippedProblems) err.println(p.location() + ": warning: shipped playbook: " + p.message());
        for (PlaybookProblem p : userProblems) err.println(p.location() + ": error: " + p.message());
        if (!userProblems.isEmpty()) {
            err.println("clauselint: " + userProblems.size() + " playbook problem(s); the broken rules were skipped, all others ran");
        }
        return !userProblems.isEmpty();
    }

    static Perspective perspective(Args args) throws UsageException {
        String v = args.value("perspective", "customer");
        Perspective p = Perspective.parse(v);
        if (p == null) throw new UsageException("--perspective must be customer or vendor, not '" + v + "'");
        return p;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
