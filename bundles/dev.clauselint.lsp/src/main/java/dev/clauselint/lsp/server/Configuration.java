package dev.clauselint.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where settings come from, in order: the editor's initialization options, the editor's
 * {@code clauselint} settings section, then the workspace settings file {@code .clauselint.yaml} at the
 * root of the first workspace folder (shared with the team through version control; its
 * {@code disable} and {@code severity} entries add to the editor's).
 */
final class Configuration {
    static final String WORKSPACE_FILE = ".clauselint.yaml";

    private volatile JsonElement initOptions;
    private volatile JsonElement editor;
    private final Path root;

    Configuration(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path workspaceFile() {
        return root == null ? null : root.resolve(WORKSPACE_FILE);
    }

    void initializationOptions(JsonElement json) {
        this.initOptions = json;
    }

    void editor(JsonElement json) {
        this.editor = json;
    }

    /** The settings in effect now, with every problem found on the way. */
    ServerSettings.Parsed effective() {
        List<String> problems = new ArrayList<>();
        ServerSettings s = ServerSettings.defaults();
        ServerSettings.Parsed p = ServerSettings.parse(initOptions, s, "initialization options");
        problems.addAll(p.problems());
        p = ServerSettings.parse(editor, p.settings(), "settings (clauselint)");
        problems.addAll(p.problems());
        Path file = workspaceFile();
        if (file != null) {
            try {
                JsonElement json = readYaml(file);
                p = ServerSettings.parse(json, p.settings(), file.toString());
                problems.addAll(p.problems());
            } catch (NoSuchFileException e) {
                // no workspace file: fine
            } catch (IOException | SettingsFileException e) {
                problems.add(e instanceof SettingsFileException ? e.getMessage() : file + ": cannot read: " + e.getMessage());
            }
        }
        return new ServerSettings.Parsed(p.settings(), problems);
    }

    static final class SettingsFileException extends Exception {
        SettingsFileException(String message) {
            super(message);
        }
    }

    /** Reads the YAML file as JSON (both are maps, lists and scalars). Empty file: null. */
    static JsonElement readYaml(Path file) throws IOException, SettingsFileException {
        return parseYaml(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /** Reads YAML text as JSON; {@code file} names it in messages. Empty text: null. */
    static JsonElement parseYaml(String text, Path file) throws SettingsFileException {
        try {
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return data == null ? null : new Gson().toJsonTree(data);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String where = mark == null ? file.toString() : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new SettingsFileException(where + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SettingsFileException(file + ": not valid YAML: " + e.getMessage());
        }
    }
}
