package dev.clauselint.lsp.server;

import dev.clauselint.core.playbook.Playbook;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.playbook.PlaybookProblem;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.reference.ReferenceSet;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;
import dev.clauselint.lsp.ReferenceData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns settings into a {@link Reviewer}: the shipped playbook of the chosen perspective, the
 * user's playbooks layered over it, then the disabled rules and severity overrides. Problems are
 * collected as messages for the user; the review always runs with whatever loaded.
 *
 * @param reviewer  ready to review
 * @param playbook  the merged playbook (every rule, before settings drop any)
 * @param problems  playbook and path problems, one line each with file:line:column where known
 * @param reference the reference set to compare with (setting {@code reference}, else the shipped one), or null
 */
record ReviewSetup(Reviewer reviewer, Playbook playbook, List<String> problems, ReferenceSet reference) {

    static ReviewSetup create(ServerSettings s, Path workspaceRoot) {
        List<String> problems = new ArrayList<>();
        Playbook shipped = PlaybookLoader.defaultPlaybook(s.perspective());
        for (PlaybookProblem p : shipped.problems()) problems.add(p.location() + ": shipped playbook: " + p.message());
        Playbook merged = new Playbook(shipped.rules(), List.of(), shipped.severityOverrides(), shipped.disabled());
        for (String entry : s.playbooks()) {
            Path path = resolve(entry, workspaceRoot);
            if (path == null) {
                problems.add("playbook \"" + entry + "\": not a valid path");
                continue;
            }
            if (!Files.exists(path)) {
                problems.add(path + ": playbook not found (setting clauselint.playbooks)");
                continue;
            }
            Playbook user = PlaybookLoader.userPlaybook(path);
            for (PlaybookProblem p : user.problems()) problems.add(p.location() + ": " + p.message());
            merged = merged.with(new Playbook(user.rules(), List.of(), user.severityOverrides(), user.disabled()));
        }
        Map<String, Rule> known = new HashMap<>();
        for (Rule r : merged.rules()) known.put(r.id(), r);
        for (String id : s.disable()) {
            if (!known.containsKey(id)) problems.add("disable: no rule \"" + id + "\" (see clauselint rules)");
        }
        for (String id : s.severity().keySet()) {
            if (!known.containsKey(id)) problems.add("severity: no rule \"" + id + "\" (see clauselint rules)");
        }
        ReviewSettings rs = ReviewSettings.defaults().withPerspective(s.perspective()).withDisabled(s.disable())
                .withOverrides(s.severity()).withMinimumSeverity(s.minimumSeverity()).withMaxFindings(s.maxFindings());
        ReferenceSet reference = reference(s.reference(), workspaceRoot, problems);
        return new ReviewSetup(new Reviewer(merged, rs), merged, List.copyOf(problems), reference);
    }

    /** A path from the settings: "~/" is the home folder, a relative path starts at the workspace root; null when invalid. */
    private static Path resolve(String entry, Path workspaceRoot) {
        try {
            Path path = Path.of(entry.startsWith("~/") ? System.getProperty("user.home") + entry.substring(1) : entry);
            return !path.isAbsolute() && workspaceRoot != null ? workspaceRoot.resolve(path) : path;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The user's reference set, or the shipped one when none is set; a broken file gives none (never the shipped one in disguise). */
    private static ReferenceSet reference(String setting, Path workspaceRoot, List<String> problems) {
        if (setting.isEmpty()) return ReferenceData.shipped();
        Path path = resolve(setting, workspaceRoot);
        if (path == null) {
            problems.add("reference \"" + setting + "\": not a valid path");
            return null;
        }
        if (!Files.isRegularFile(path)) {
            problems.add(path + ": reference set not found (setting clauselint.reference)");
            return null;
        }
        try {
            return ReferenceData.read(Files.readString(path), path.toString());
        } catch (IOException e) {
            problems.add(path + ": reference set not readable (setting clauselint.reference): " + e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " (setting clauselint.reference)");
        }
        return null;
    }

    Rule rule(String id) {
        return playbook.rule(id);
    }
}
