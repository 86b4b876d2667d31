package dev.clauselint.core.playbook;

import dev.clauselint.core.kinds.ClauseKind;
import dev.clauselint.core.kinds.DocumentCheck;
import dev.clauselint.core.kinds.JavaKind;
import dev.clauselint.core.kinds.Macros;
import dev.clauselint.core.kinds.RequireKind;
import dev.clauselint.core.kinds.RuleKind;
import dev.clauselint.core.model.Span;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads playbook YAML (format: docs/playbook-format.md) into rules. Every mistake becomes a
 * {@link PlaybookProblem} with file:line:column; the broken rule is skipped, the others load.
 */
public final class PlaybookLoader {
    private static final String DEFAULT_ROOT = "/dev/clauselint/core/playbook/";
    private static final String VENDOR_ROOT = "/dev/clauselint/core/playbook-vendor/";
    private static final Set<String> RULE_KEYS = Set.of("id", "kind", "severity", "message", "rationale", "laws", "ask",
            "link", "keywords", "match", "unless", "unless-paragraph", "unless-document", "sections", "not-sections", "headings", "limit", "satisfied-by", "near",
            "heading", "class", "alternatives", "examples");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+");

    private final List<PlaybookProblem> problems = new ArrayList<>();

    /** Shipped playbooks already loaded: they never change while the program runs. */
    private static final java.util.Map<Perspective, Playbook> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The playbook shipped in the core bundle for a perspective (loaded once, then shared). */
    public static Playbook defaultPlaybook(Perspective perspective) {
        return SHIPPED.computeIfAbsent(perspective, PlaybookLoader::loadShipped);
    }

    private static Playbook loadShipped(Perspective perspective) {
        PlaybookLoader loader = new PlaybookLoader();
        List<Rule> rules = new ArrayList<>();
        if (perspective == Perspective.VENDOR) {
            rules.addAll(loader.loadResources(VENDOR_ROOT));
            for (Rule r : loader.loadResources(DEFAULT_ROOT)) if (r.area().equals("draft")) rules.add(r);
        } else {
            rules.addAll(loader.loadResources(DEFAULT_ROOT));
        }
        return new Playbook(List.copyOf(rules), List.copyOf(loader.problems));
    }

    /**
     * A user playbook: a YAML file with {@code rules:}, {@code severity:} and {@code disable:}, a single
     * rule file with an {@code id:}, or a directory of rule files whose ids come from their paths.
     */
    public static Playbook userPlaybook(Path path) {
        PlaybookLoader loader = new PlaybookLoader();
        String name = path.toString();
        if (Files.isDirectory(path)) {
            List<Rule> rules = new ArrayList<>();
            try (Stream<Path> files = Files.walk(path)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                    String rel = path.relativize(f).toString().replace('\\', '/');
                    String id = idFromPath(rel);
                    Rule r = loader.parseRuleFile(readFile(f, loader), f.toString(), id);
                    if (r != null) rules.add(r);
                }
            } catch (IOException e) {
                loader.problem(new Location(name, 1, 1), "cannot read playbook directory: " + e.getMessage());
            }
            return new Playbook(List.copyOf(rules), List.copyOf(loader.problems));
        }
        String text = readFile(path, loader);
        if (text == null) return new Playbook(List.of(), List.copyOf(loader.problems));
        return loader.parsePlaybookFile(text, name);
    }

    /** Parses a user playbook given as text (e.g. from an editor's settings). */
    public static Playbook userPlaybook(String text, String name) {
        return new PlaybookLoader().parsePlaybookFile(text, name);
    }

    /** Parses one rule file of the default layout (for tests and tools). */
    public static Rule parseRule(String yaml, String file, String id, List<PlaybookProblem> problems) {
        PlaybookLoader loader = new PlaybookLoader();
        Rule r = loader.parseRuleFile(yaml, file, id);
        problems.addAll(loader.problems);
        return r;
    }

    /** "liability/low-cap.yaml" becomes "liability.low-cap". */
    public static String idFromPath(String relative) {
        String p = relative.replaceAll("\\.ya?ml$", "");
        return p.replace('/', '.');
    }

    private static String readFile(Path f, PlaybookLoader loader) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            loader.problem(new Location(f.toString(), 1, 1), "cannot read playbook: " + e.getMessage());
            return null;
        }
    }

    private List<Rule> loadResources(String root) {
        List<Rule> rules = new ArrayList<>();
        String index = resource(root + "index.txt");
        if (index == null) {
            problem(new Location(root + "index.txt", 1, 1), "playbook index missing from the bundle");
            return rules;
        }
        for (String line : index.split("\n")) {
            String rel = line.strip();
            if (rel.isEmpty() || rel.startsWith("#")) continue;
            String text = resource(root + rel);
            if (text == null) {
                problem(new Location(root + "index.txt", 1, 1), "listed rule file not found: " + rel);
                continue;
            }
            // name files as they sit in the bundle ("playbook-vendor/liability/low-cap.yaml")
            String folder = root.substring(root.lastIndexOf('/', root.length() - 2) + 1);
            Rule r = parseRuleFile(text, folder + rel, idFromPath(rel));
            if (r != null) rules.add(r);
        }
        return rules;
    }

    private static String resource(String path) {
        try (InputStream in = PlaybookLoader.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private Node compose(String text, String file) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(5 * 1024 * 1024);
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(m != null ? new Location(file, m.getLine() + 1, m.getColumn() + 1) : new Location(file, 1, 1),
                    "YAML syntax error: " + e.getProblem());
        } catch (YAMLException e) {
            problem(new Location(file, 1, 1), "YAML error: " + e.getMessage());
        }
        return null;
    }

    private Playbook parsePlaybookFile(String text, String file) {
        Node root = compose(text, file);
        if (root == null) return new Playbook(List.of(), List.copyOf(problems));
        if (!(root instanceof MappingNode map)) {
            problem(loc(file, root), "a playbook file must be a mapping with 'rules', 'severity' or 'disable'");
            return new Playbook(List.of(), List.copyOf(problems));
        }
        Map<String, NodeTuple> fields = fields(map, file);
        if (fields.containsKey("kind")) {
            Node idNode = fields.containsKey("id") ? fields.get("id").getValueNode() : null;
            String id = idNode instanceof ScalarNode s ? s.getValue() : null;
            if (id == null) {
                problem(loc(file, root), "a single-rule playbook needs an 'id'");
                return new Playbook(List.of(), List.copyOf(problems));
            }
            Rule r = parseRule(map, file, id);
            return new Playbook(r == null ? List.of() : List.of(r), List.copyOf(problems));
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Severity> overrides = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>();
        for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
            Node value = e.getValue().getValueNode();
            switch (e.getKey()) {
                case "rules" -> {
                    if (!(value instanceof SequenceNode seq)) {
                        problem(loc(file, value), "'rules' must be a list of rules");
                        continue;
                    }
                    Set<String> ids = new HashSet<>();
                    for (Node item : seq.getValue()) {
                        if (!(item instanceof MappingNode ruleMap)) {
                            problem(loc(file, item), "each rule must be a mapping");
                            continue;
                        }
                        Map<String, NodeTuple> rf = fields(ruleMap, file);
                        Node idNode = rf.containsKey("id") ? rf.get("id").getValueNode() : null;
                        if (!(idNode instanceof ScalarNode idScalar)) {
                            problem(loc(file, item), "rule needs an 'id' (a catalog id or your own, e.g. custom.no-ai-act)");
                            continue;
                        }
                        if (!ids.add(idScalar.getValue())) {
                            problem(loc(file, idNode), "duplicate rule id '" + idScalar.getValue() + "'");
                            continue;
                        }
                        Rule r = parseRule(ruleMap, file, idScalar.getValue());
                        if (r != null) rules.add(r);
                    }
                }
                case "severity" -> {
                    if (!(value instanceof MappingNode sev)) {
                        problem(loc(file, value), "'severity' must map rule ids to high, medium, low or note");
                        continue;
                    }
                    for (NodeTuple t : sev.getValue()) {
                        String id = scalar(t.getKeyNode());
                        Severity s = Severity.parse(scalar(t.getValueNode()));
                        if (s == null) problem(loc(file, t.getValueNode()), "severity must be high, medium, low or note");
                        else overrides.put(id, s);
                    }
                }
                case "disable" -> {
                    for (String id : strings(value, file, "disable")) disabled.add(id);
                }
                default -> problem(loc(file, e.getValue().getKeyNode()),
                        "unknown key '" + e.getKey() + "' (expected rules, severity or disable)");
            }
        }
        return new Playbook(List.copyOf(rules), List.copyOf(problems), Map.copyOf(overrides), Set.copyOf(disabled));
    }

    private Rule parseRuleFile(String text, String file, String id) {
        if (text == null) return null;
        Node root = compose(text, file);
        if (root == null) return null;
        if (!(root instanceof MappingNode map)) {
            problem(loc(file, root), "a rule file must be a mapping");
            return null;
        }
        return parseRule(map, file, id);
    }

    private Rule parseRule(MappingNode map, String file, String id) {
        int before = problems.size();
        Location where = loc(file, map);
        if (!ID.matcher(id).matches()) problem(where, "rule id '" + id + "' must look like area.name (lower case)");
        Map<String, NodeTuple> f = fields(map, file);
        for (Map.Entry<String, NodeTuple> e : f.entrySet()) {
            if (!RULE_KEYS.contains(e.getKey())) {
                problem(loc(file, e.getValue().getKeyNode()), "unknown key '" + e.getKey() + "' in rule " + id);
            }
        }
        String kindName = required(f, "kind", file, map);
        Severity severity = Severity.parse(required(f, "severity", file, map));
        if (severity == null && f.containsKey("severity")) {
            problem(loc(file, f.get("severity").getValueNode()), "severity must be high, medium, low or note");
        }
        String message = required(f, "message", file, map);
        String rationale = required(f, "rationale", file, map);
        List<List<String>> keywords = keywordGroups(f, file);
        RuleKind kind = null;
        if (kindName != null) {
            switch (kindName) {
                case "clause" -> {
                    List<String> match = patterns(f, "match", file, true);
                    kind = new ClauseKind(keywords, match, patterns(f, "unless", file, false),
                            regexes(f, "sections", file), regexes(f, "not-sections", file),
                            "true".equals(optional(f, "headings")), intValue(f, "limit", file),
                            patterns(f, "unless-paragraph", file, false), patterns(f, "unless-document", file, false));
                }
                case "require" -> {
                    List<String> satisfied = patterns(f, "satisfied-by", file, true);
                    String heading = optional(f, "heading");
                    kind = new RequireKind(keywords, satisfied, patterns(f, "unless", file, false), regexes(f, "near", file),
                            heading != null ? heading : titleFromId(id), regexes(f, "sections", file), regexes(f, "not-sections", file));
                }
                case "java" -> {
                    String cls = required(f, "class", file, map);
                    if (cls != null) {
                        try {
                            Class<?> c = Class.forName(cls, true, PlaybookLoader.class.getClassLoader());
                            kind = new JavaKind((DocumentCheck) c.getDeclaredConstructor().newInstance());
                        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                            problem(loc(file, f.get("class").getValueNode()), "cannot load check class " + cls + ": " + e);
                        }
                    }
                }
                default -> problem(loc(file, f.get("kind").getValueNode()),
                        "unknown kind '" + kindName + "' (expected clause, require or java)");
            }
        }
        List<Alternative> alternatives = alternatives(f, file);
        List<Example> flagged = new ArrayList<>();
        List<Example> clean = new ArrayList<>();
        examples(f, file, flagged, clean, alternatives);
        if (problems.size() > before || kind == null || severity == null) return null;
        return new Rule(id, kind, severity, message, rationale, list(f, "laws", file), optional(f, "ask"),
                optional(f, "link"), alternatives, List.copyOf(flagged), List.copyOf(clean), where);
    }

    private static String titleFromId(String id) {
        String name = id.substring(id.indexOf('.') + 1).replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private List<Alternative> alternatives(Map<String, NodeTuple> f, String file) {
        List<Alternative> out = new ArrayList<>();
        if (!f.containsKey("alternatives")) return out;
        Node node = f.get("alternatives").getValueNode();
        if (!(node instanceof SequenceNode seq)) {
            problem(loc(file, node), "'alternatives' must be a list of {id, label, text}");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problem(loc(file, item), "an alternative must be a mapping with id, label and text");
                continue;
            }
            Map<String, NodeTuple> af = fields(m, file);
            String id = required(af, "id", file, m);
            String label = required(af, "label", file, m);
            String text = required(af, "text", file, m);
            if (id != null && !ids.add(id)) problem(loc(file, m), "duplicate alternative id '" + id + "'");
            if (id != null && label != null && text != null) out.add(new Alternative(id, label, text.strip()));
        }
        return out;
    }

    private void examples(Map<String, NodeTuple> f, String file, List<Example> flagged, List<Example> clean,
                          List<Alternative> alternatives) {
        if (!f.containsKey("examples")) return;
        Node node = f.get("examples").getValueNode();
        if (!(node instanceof MappingNode m)) {
            problem(loc(file, node), "'examples' must have 'flagged' and 'clean' lists");
            return;
        }
        Map<String, NodeTuple> ef = fields(m, file);
        for (String key : ef.keySet()) {
            if (!key.equals("flagged") && !key.equals("clean")) {
                problem(loc(file, ef.get(key).getKeyNode()), "unknown example list '" + key + "' (flagged or clean)");
            }
        }
        if (ef.containsKey("flagged")) {
            Node list = ef.get("flagged").getValueNode();
            if (list instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    String raw;
                    Map<String, String> after = new LinkedHashMap<>();
                    if (item instanceof MappingNode im) {
                        Map<String, NodeTuple> xf = fields(im, file);
                        raw = required(xf, "text", file, im);
                        if (xf.containsKey("after") && xf.get("after").getValueNode() instanceof MappingNode am) {
                            for (NodeTuple t : am.getValue()) {
                                String altId = scalar(t.getKeyNode());
                                if (alternatives.stream().noneMatch(a -> a.id().equals(altId))) {
                                    problem(loc(file, t.getKeyNode()), "'after' names unknown alternative '" + altId + "'");
                                }
                                after.put(altId, scalar(t.getValueNode()));
                            }
                        }
                    } else {
                        raw = scalar(item);
                    }
                    if (raw == null) continue;
                    int open = raw.indexOf("[[");
                    int close = raw.indexOf("]]");
                    if (open < 0 || close < open || raw.indexOf("[[", open + 2) >= 0) {
                        problem(loc(file, item), "a flagged example needs exactly one [[...]] marking the span to report");
                        continue;
                    }
                    String text = raw.substring(0, open) + raw.substring(open + 2, close) + raw.substring(close + 2);
                    flagged.add(new Example(text, new Span(open, close - 2), Map.copyOf(after), line(item)));
                }
            } else {
                problem(loc(file, list), "'flagged' must be a list");
            }
        }
        if (ef.containsKey("clean")) {
            Node list = ef.get("clean").getValueNode();
            if (list instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    String text = scalar(item);
                    if (text == null) {
                        problem(loc(file, item), "a clean example must be a string");
                    } else {
                        clean.add(new Example(text, null, Map.of(), line(item)));
                    }
                }
            } else {
                problem(loc(file, list), "'clean' must be a list");
            }
        }
    }

    /** Patterns with macros: each must compile once expanded. */
    private List<String> patterns(Map<String, NodeTuple> f, String key, String file, boolean required) {
        if (!f.containsKey(key)) {
            if (required) problem(new Location(file, 1, 1), "missing '" + key + "'");
            return List.of();
        }
        Node node = f.get(key).getValueNode();
        List<String> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : items) {
            String p = scalar(item);
            if (p == null) {
                problem(loc(file, item), "'" + key + "' must be a list of patterns");
                continue;
            }
            try {
                Pattern.compile(Macros.expand(p), Pattern.CASE_INSENSITIVE);
                out.add(p);
            } catch (PatternSyntaxException e) {
                problem(loc(file, item), "invalid pattern in '" + key + "': " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        if (required && out.isEmpty() && items.isEmpty()) problem(loc(file, node), "'" + key + "' needs at least one pattern");
        return out;
    }

    private List<String> regexes(Map<String, NodeTuple> f, String key, String file) {
        List<String> out = list(f, key, file);
        for (String r : out) {
            try {
                Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                problem(loc(file, f.get(key).getValueNode()), "invalid pattern in '" + key + "': " + e.getDescription());
            }
        }
        return out;
    }

    /** {@code keywords: [a, b]} is one group; {@code keywords: [[a, b], [c]]} means (a or b) and c. */
    private List<List<String>> keywordGroups(Map<String, NodeTuple> f, String file) {
        if (!f.containsKey("keywords")) return List.of();
        Node node = f.get("keywords").getValueNode();
        if (node instanceof SequenceNode seq && !seq.getValue().isEmpty() && seq.getValue().get(0) instanceof SequenceNode) {
            List<List<String>> groups = new ArrayList<>();
            for (Node group : seq.getValue()) {
                List<String> stems = strings(group, file, "keywords");
                checkStems(stems, group, file);
                groups.add(stems);
            }
            return List.copyOf(groups);
        }
        List<String> flat = strings(node, file, "keywords");
        checkStems(flat, node, file);
        return flat.isEmpty() ? List.of() : List.of(flat);
    }

    /** Stems are matched at word starts, so a stem with a space or punctuation could never match. */
    private void checkStems(List<String> stems, Node node, String file) {
        for (String stem : stems) {
            if (!stem.strip().matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
                problem(loc(file, node), "keyword '" + stem + "' must be one word stem (letters, digits, hyphens); "
                        + "use a list of lists for words that must occur together");
            }
        }
    }

    private List<String> list(Map<String, NodeTuple> f, String key, String file) {
        if (!f.containsKey(key)) return List.of();
        return strings(f.get(key).getValueNode(), file, key);
    }

    private List<String> strings(Node node, String file, String key) {
        List<String> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : items) {
            String s = scalar(item);
            if (s == null) problem(loc(file, item), "'" + key + "' must be a list of strings");
            else out.add(s);
        }
        return List.copyOf(out);
    }

    private int intValue(Map<String, NodeTuple> f, String key, String file) {
        String v = optional(f, key);
        if (v == null) return 0;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            problem(loc(file, f.get(key).getValueNode()), "'" + key + "' must be a whole number");
            return 0;
        }
    }

    private String required(Map<String, NodeTuple> f, String key, String file, Node owner) {
        if (!f.containsKey(key)) {
            problem(loc(file, owner), "missing '" + key + "'");
            return null;
        }
        String v = scalar(f.get(key).getValueNode());
        if (v == null || v.isBlank()) {
            problem(loc(file, f.get(key).getValueNode()), "'" + key + "' must be a non-empty string");
            return null;
        }
        return v;
    }

    private static String optional(Map<String, NodeTuple> f, String key) {
        return f.containsKey(key) ? scalar(f.get(key).getValueNode()) : null;
    }

    private Map<String, NodeTuple> fields(MappingNode map, String file) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (key == null) {
                problem(loc(file, t.getKeyNode()), "keys must be plain words");
                continue;
            }
            if (out.put(key, t) != null) problem(loc(file, t.getKeyNode()), "duplicate key '" + key + "'");
        }
        return out;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static Location loc(String file, Node node) {
        Mark m = node == null ? null : node.getStartMark();
        return m == null ? new Location(file, 1, 1) : new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    private void problem(Location where, String message) {
        problems.add(new PlaybookProblem(where, message));
    }
}
