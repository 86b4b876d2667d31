package dev.clauselint.core.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Perspective;
import dev.clauselint.core.playbook.PlaybookLoader;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewSettings;
import dev.clauselint.core.review.Reviewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the default playbook against the labelled dev corpus: clause categories found
 * (recall), categories reported that the labels say are absent (false alarms), labelled evidence
 * sentences lying under a finding of the right code, missing-provision accuracy, findings per document.
 * Run as a main to print the table; {@code CorpusQualityTest} asserts floors on the same numbers.
 */
public final class CorpusEvaluation {

    /** Counts for one document or the whole corpus. */
    public static final class Score {
        public int clausePositives, clauseFound, clauseNegatives, clauseFalseAlarms;
        public int evidence, evidenceCovered;
        public int missingPositives, missingFound, missingNegatives, missingFalseAlarms;
        public int findings, documents;
        public final Map<String, int[]> perCategory = new TreeMap<>(); // tp, fn, fp, tn

        void add(Score o) {
            clausePositives += o.clausePositives;
            clauseFound += o.clauseFound;
            clauseNegatives += o.clauseNegatives;
            clauseFalseAlarms += o.clauseFalseAlarms;
            evidence += o.evidence;
            evidenceCovered += o.evidenceCovered;
            missingPositives += o.missingPositives;
            missingFound += o.missingFound;
            missingNegatives += o.missingNegatives;
            missingFalseAlarms += o.missingFalseAlarms;
            findings += o.findings;
            documents += o.documents;
            o.perCategory.forEach((k, v) -> {
                int[] t = perCategory.computeIfAbsent(k, x -> new int[4]);
                for (int i = 0; i < 4; i++) t[i] += v[i];
            });
        }

        public double clauseRecall() {
            return ratio(clauseFound, clausePositives);
        }

        public double clauseFalseAlarmRate() {
            return ratio(clauseFalseAlarms, clauseNegatives);
        }

        public double clausePrecision() {
            return ratio(clauseFound, clauseFound + clauseFalseAlarms);
        }

        public double evidenceRecall() {
            return ratio(evidenceCovered, evidence);
        }

        public double missingRecall() {
            return ratio(missingFound, missingPositives);
        }

        public double missingPrecision() {
            return ratio(missingFound, missingFound + missingFalseAlarms);
        }

        public double findingsPerDocument() {
            return documents == 0 ? 0 : (double) findings / documents;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    public record DocumentResult(String name, Score score, List<String> misses, List<String> falseAlarms) {
    }

    public static Path corpus() {
        String shared = System.getProperty("clauselint.shared", "../shared");
        Path p = Path.of(shared, "corpus");
        if (!Files.isDirectory(p)) p = Path.of("../../../shared/corpus");
        return p;
    }

    /** One keyword per clause category, flagging every sentence that contains it: the bar to beat by far. */
    static final Map<String, String> BASELINE_KEYWORDS = Map.ofEntries(
            Map.entry("data.training-on-inputs", "train"), Map.entry("data.training-opt-out", "opt out"),
            Map.entry("data.third-party-sharing", "third part"), Map.entry("data.deletion-at-vendor-discretion", "delete"),
            Map.entry("ip.input-license-grant", "license"), Map.entry("ip.output-ownership-limited", "output"),
            Map.entry("ip.feedback-license", "feedback"), Map.entry("use.competing-restriction", "compet"),
            Map.entry("use.reverse-engineering", "reverse engineer"), Map.entry("liability.low-cap", "liability"),
            Map.entry("liability.total-exclusion", "damages"), Map.entry("liability.one-way-indemnity", "indemnif"),
            Map.entry("liability.vendor-controls-defense", "defense"), Map.entry("warranty.as-is", "as is"),
            Map.entry("warranty.output-accuracy-on-customer", "accura"), Map.entry("change.unilateral-terms", "modify"),
            Map.entry("change.service-without-notice", "discontinu"), Map.entry("term.suspension-at-discretion", "suspend"),
            Map.entry("fees.unilateral-increase", "price"), Map.entry("fees.non-refundable", "refund"),
            Map.entry("fees.auto-renewal", "renew"), Map.entry("dispute.mandatory-arbitration", "arbitrat"),
            Map.entry("dispute.class-action-waiver", "class action"), Map.entry("dispute.vendor-forum", "jurisdiction"),
            Map.entry("dispute.equitable-relief-waiver", "injunct"), Map.entry("assign.asymmetric", "assign"),
            Map.entry("privacy.admin-access", "administrator"));

    /** The keyword baseline's findings: every sentence containing a category's keyword. */
    static List<Finding> baselineFindings(dev.clauselint.core.model.ContractDocument doc) {
        List<Finding> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            String text = doc.text(s).toLowerCase(java.util.Locale.ROOT);
            BASELINE_KEYWORDS.forEach((code, keyword) -> {
                if (text.contains(keyword)) {
                    out.add(new Finding(code, dev.clauselint.core.playbook.Severity.LOW, "", doc.toSource(s.plain()), s.plain(),
                            List.of(), List.of()));
                }
            });
        }
        return out;
    }

    public static List<DocumentResult> evaluate(Path corpus) throws IOException {
        return evaluate(corpus, false);
    }

    public static List<DocumentResult> evaluate(Path corpus, boolean baseline) throws IOException {
        Reviewer reviewer = new Reviewer(PlaybookLoader.defaultPlaybook(Perspective.CUSTOMER), ReviewSettings.defaults());
        ContractReader reader = new ContractReader();
        List<DocumentResult> results = new ArrayList<>();
        List<Path> labels;
        try (var s = Files.list(corpus.resolve("labels"))) {
            labels = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path labelFile : labels) {
            JsonObject label = JsonParser.parseString(Files.readString(labelFile, StandardCharsets.UTF_8)).getAsJsonObject();
            String file = label.get("file").getAsString();
            Path doc = corpus.resolve(file);
            String source = Files.readString(doc, StandardCharsets.UTF_8);
            List<Finding> findings;
            try {
                var contract = reader.read(source, file);
                findings = baseline ? baselineFindings(contract) : reviewer.review(contract).findings();
            } catch (Exception e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            results.add(score(file, source, label, findings));
        }
        return results;
    }

    static DocumentResult score(String name, String source, JsonObject label, List<Finding> findings) {
        Score s = new Score();
        s.documents = 1;
        s.findings = findings.size();
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : label.getAsJsonObject("clauses").entrySet()) {
            String code = e.getKey();
            JsonObject c = e.getValue().getAsJsonObject();
            JsonElement present = c.get("present");
            boolean reported = findings.stream().anyMatch(f -> f.ruleId().equals(code));
            int[] cat = s.perCategory.computeIfAbsent(code, k -> new int[4]);
            if (present.isJsonPrimitive() && present.getAsJsonPrimitive().isBoolean()) {
                if (present.getAsBoolean()) {
                    s.clausePositives++;
                    if (reported) {
                        s.clauseFound++;
                        cat[0]++;
                    } else {
                        cat[1]++;
                        misses.add(code);
                    }
                    if (c.has("evidence")) {
                        for (JsonElement ev : c.getAsJsonArray("evidence")) {
                            String text = ev.getAsString();
                            int at = source.indexOf(text);
                            if (at < 0) continue;
                            s.evidence++;
                            Span span = new Span(at, at + text.length());
                            if (findings.stream().anyMatch(f -> f.ruleId().equals(code) && covers(f.span(), span))) {
                                s.evidenceCovered++;
                            }
                        }
                    }
                } else {
                    s.clauseNegatives++;
                    if (reported) {
                        s.clauseFalseAlarms++;
                        cat[2]++;
                        falseAlarms.add(code);
                    } else {
                        cat[3]++;
                    }
                }
            }
        }
        if (label.has("missing")) {
            for (Map.Entry<String, JsonElement> e : label.getAsJsonObject("missing").entrySet()) {
                String code = e.getKey();
                JsonElement missing = e.getValue().getAsJsonObject().get("missing");
                if (!missing.isJsonPrimitive() || !missing.getAsJsonPrimitive().isBoolean()) continue;
                boolean reported = findings.stream().anyMatch(f -> f.ruleId().equals(code));
                int[] cat = s.perCategory.computeIfAbsent(code, k -> new int[4]);
                if (missing.getAsBoolean()) {
                    s.missingPositives++;
                    if (reported) {
                        s.missingFound++;
                        cat[0]++;
                    } else {
                        cat[1]++;
                        misses.add(code);
                    }
                } else {
                    s.missingNegatives++;
                    if (reported) {
                        s.missingFalseAlarms++;
                        cat[2]++;
                        falseAlarms.add(code);
                    } else {
                        cat[3]++;
                    }
                }
            }
        }
        return new DocumentResult(name, s, misses, falseAlarms);
    }

    /** Evidence lies under a finding when at least half of it is covered. */
    static boolean covers(Span finding, Span evidence) {
        int overlap = Math.min(finding.end(), evidence.end()) - Math.max(finding.start(), evidence.start());
        return overlap * 2 >= evidence.length();
    }

    public static Score total(List<DocumentResult> results) {
        Score t = new Score();
        for (DocumentResult r : results) t.add(r.score());
        return t;
    }

    public static String report(List<DocumentResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-36s %7s %7s %9s %9s %9s %8s%n", "document", "recall", "f.alarm", "evidence", "miss.rec",
                "miss.fa", "findings"));
        for (DocumentResult r : results) {
            Score s = r.score();
            sb.append(String.format("%-36s %3d/%-3d %3d/%-3d %4d/%-4d %4d/%-4d %4d/%-4d %8d%n", r.name(), s.clauseFound,
                    s.clausePositives, s.clauseFalseAlarms, s.clauseNegatives, s.evidenceCovered, s.evidence, s.missingFound,
                    s.missingPositives, s.missingFalseAlarms, s.missingNegatives, s.findings));
        }
        Score t = total(results);
        sb.append(String.format("TOTAL clause recall %.2f (%d/%d), clause false alarms %d/%d (precision %.2f), evidence %.2f (%d/%d),%n"
                        + "      missing recall %.2f (%d/%d), missing false alarms %d/%d, findings/doc %.1f%n",
                t.clauseRecall(), t.clauseFound, t.clausePositives, t.clauseFalseAlarms, t.clauseNegatives, t.clausePrecision(),
                t.evidenceRecall(), t.evidenceCovered, t.evidence, t.missingRecall(), t.missingFound, t.missingPositives,
                t.missingFalseAlarms, t.missingNegatives, t.findingsPerDocument()));
        sb.append(String.format("%-40s %4s %4s %4s %4s%n", "category", "tp", "fn", "fp", "tn"));
        t.perCategory.forEach((k, v) -> sb.append(String.format("%-40s %4d %4d %4d %4d%n", k, v[0], v[1], v[2], v[3])));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : corpus();
        List<DocumentResult> results = evaluate(corpus);
        System.out.print(report(results));
        if (args.length > 1 && args[1].equals("-v")) {
            for (DocumentResult r : results) {
                System.out.println(r.name() + " MISSES " + r.misses() + " FALSE " + r.falseAlarms());
            }
        }
    }
}
