package dev.clauselint.core.review;

import dev.clauselint.core.kinds.AtomScanner;
import dev.clauselint.core.kinds.ClausePattern;
import dev.clauselint.core.kinds.PartyText;
import dev.clauselint.core.kinds.ScannedText;
import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Alternative;
import dev.clauselint.core.playbook.Rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a rule kind sees while reviewing one document: the document, the sentences worth looking
 * at, compiled patterns for this document's parties, the rule's deadline, and helpers that turn a
 * plain range into a finding with fixes.
 */
public final class ReviewContext {
    private final ContractDocument document;
    private final Map<String, BitSet> candidates;
    /** Candidates in the whole document; differs from {@link #candidates} when only a paragraph is re-reviewed. */
    private final Map<String, BitSet> documentCandidates;
    private final PatternCache patterns;
    private final SentenceMemo memo;
    private final PartyText partyText;
    /** Party-normalised sentence and paragraph texts, made once per review and shared by all rules. */
    private final String[] sentenceTexts;
    private final String[] blockTexts;
    /** Finds the patterns' prefilter atoms in a text; each sentence and paragraph is scanned once, when first needed. */
    private final AtomScanner scanner;
    private final ScannedText[] sentenceScans;
    private final ScannedText[] blockScans;
    /** Rules run in parallel, each on its own thread with its own time budget. */
    private final ThreadLocal<Long> deadline = ThreadLocal.withInitial(() -> Long.MAX_VALUE);

    ReviewContext(ContractDocument document, Map<String, BitSet> candidates, PatternCache patterns, AtomScanner scanner,
                  SentenceMemo memo) {
        this(document, candidates, candidates, patterns, scanner, memo, new String[document.sentences().size()],
                new String[document.blocks().size()]);
    }

    /**
     * @param sentenceTexts party-normalised sentence texts known from an earlier review (nulls where
     *                      unknown), shared and filled in by this context
     * @param blockTexts    the same for paragraphs
     */
    ReviewContext(ContractDocument document, Map<String, BitSet> candidates, Map<String, BitSet> documentCandidates,
                  PatternCache patterns, AtomScanner scanner, SentenceMemo memo, String[] sentenceTexts, String[] blockTexts) {
        this.document = document;
        this.scanner = scanner;
        this.sentenceScans = new ScannedText[sentenceTexts.length];
        this.blockScans = new ScannedText[blockTexts.length];
        this.candidates = candidates;
        this.documentCandidates = documentCandidates;
        this.patterns = patterns;
        this.memo = memo;
        this.partyText = PartyText.of(document.parties());
        this.sentenceTexts = sentenceTexts;
        this.blockTexts = blockTexts;
    }

    /** The normalised texts worked out so far, for a later review of an edited version. */
    String[] sentenceTexts() {
        return sentenceTexts;
    }

    String[] blockTexts() {
        return blockTexts;
    }

    void startRule(long budgetMillis) {
        deadline.set(System.nanoTime() + budgetMillis * 1_000_000L);
    }

    public ContractDocument document() {
        return document;
    }

    /** Sentences containing one of the rule's keywords (all sentences when it has none). */
    public BitSet candidates(Rule rule) {
        return candidates(candidates, rule);
    }

    /**
     * Sentences anywhere in the document containing the rule's keywords: where a document-wide
     * exception ({@code unless-document}) is looked for, even when only one paragraph is reviewed.
     */
    public BitSet documentCandidates(Rule rule) {
        return candidates(documentCandidates, rule);
    }

    private BitSet candidates(Map<String, BitSet> from, Rule rule) {
        BitSet b = from.get(rule.id());
        if (b == null) {
            b = new BitSet();
            b.set(0, document.sentences().size());
        }
        return b;
    }

    /** A playbook pattern, compiled once per reviewer; match it against {@link #partyText} output. */
    public ClausePattern clausePattern(String playbookPattern) {
        return patterns.get(playbookPattern);
    }

    /** A regex over section titles (rules' {@code sections}, {@code near}), compiled once per reviewer. */
    public Pattern titlePattern(String regex) {
        return patterns.title(regex);
    }

    /** A text with the document's party names replaced by the tokens {vendor} and {customer} match. */
    public String partyText(String text) {
        return partyText.normalise(text);
    }

    /**
     * Whether a sentence matches one of {@code match} and none of {@code unless}: the text-only part
     * of a rule's decision, remembered per sentence text so repeated and unchanged sentences are
     * not matched again.
     */
    public boolean matches(Rule rule, Sentence sentence, List<ClausePattern> match, List<ClausePattern> unless) {
        return matches(rule.id(), sentence, match, unless);
    }

    /** Whether a sentence matches a rule's document-wide exception ({@code unless-document}); remembered. */
    public boolean documentExceptionMatches(Rule rule, Sentence sentence, List<ClausePattern> patterns) {
        return matches("\u00A7" + rule.id(), sentence, patterns, List.of());
    }

    private boolean matches(String slot, Sentence sentence, List<ClausePattern> match, List<ClausePattern> unless) {
        String text = sentenceTexts[sentence.index()];
        if (text == null) text = sentenceTexts[sentence.index()] = partyText.normalise(document.text(sentence));
        Boolean known = memo.get(slot, text);
        if (known != null) return known;
        ScannedText scanned = sentenceScans[sentence.index()];
        if (scanned == null) scanned = sentenceScans[sentence.index()] = scanner.scan(text);
        CharSequence budgeted = budgeted(text);
        boolean result = anyFind(match, scanned, budgeted) && !anyFind(unless, scanned, budgeted);
        memo.put(slot, text, result);
        return result;
    }

    /** Whether any of the patterns matches a paragraph's text; remembered like {@link #matches}. */
    public boolean paragraphMatches(Rule rule, int block, List<ClausePattern> patterns) {
        String text = blockTexts[block];
        if (text == null) text = blockTexts[block] = partyText.normalise(document.text(document.blocks().get(block).plain()));
        String key = "\u00B6" + rule.id();
        Boolean known = memo.get(key, text);
        if (known != null) return known;
        ScannedText scanned = blockScans[block];
        if (scanned == null) scanned = blockScans[block] = scanner.scan(text);
        boolean result = anyFind(patterns, scanned, budgeted(text));
        memo.put(key, text, result);
        return result;
    }

    /** Whether any of the patterns matches a scanned text ({@code budgeted} is the same text, under the rule's time budget). */
    private static boolean anyFind(List<ClausePattern> patterns, ScannedText scanned, CharSequence budgeted) {
        for (ClausePattern p : patterns) {
            if (p.find(scanned, budgeted)) return true;
        }
        return false;
    }

    /** Text to run a regex on, bounded by the running rule's time budget. */
    public CharSequence budgeted(CharSequence text) {
        return new BudgetedCharSequence(text, deadline.get());
    }

    public String text(Sentence s) {
        return document.text(s);
    }

    /** The titles of the sections above a sentence, joined, lower-cased, for section conditions. */
    public String sectionTitles(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (Section section : document.sectionPath(s)) sb.append(section.title()).append(" / ");
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** A finding over a plain range, with the rule's alternatives as replacement fixes. */
    public Finding clauseFinding(Rule rule, Span plain) {
        plain = withoutClauseNumber(plain);
        Span source = document.toSource(plain);
        List<Fix> fixes = new ArrayList<>();
        for (Alternative alt : rule.alternatives()) {
            String text = fill(alt.text());
            fixes.add(new Fix("Replace with: " + alt.label(), alt.id(), List.of(new TextEdit(source, escape(text)))));
        }
        return new Finding(rule.id(), rule.severity(), rule.message(), source, plain, fixes, List.of());
    }

    /**
     * "1.2", "(a)", "b.", "iv)" opening a clause: its number, not its wording, so the finding and
     * its replacement start after it and a quick fix keeps the clause's place in the numbering.
     */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile(
            "^(?:\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\\)|(?:[a-zA-Z]|[ivxIVX]{1,5})\\.|\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?)\\s+(?=\\S)");

    private Span withoutClauseNumber(Span plain) {
        java.util.regex.Matcher m = CLAUSE_NUMBER.matcher(document.text(plain));
        return m.find() ? new Span(plain.start() + m.end(), plain.end()) : plain;
    }

    /** A document-level finding on the title, whose fixes insert the model clause at {@code at}. */
    public Finding missingFinding(Rule rule, Insertion at) {
        Span plain = document.titleSpan();
        Span source = document.toSource(plain);
        List<Fix> fixes = new ArrayList<>();
        for (Alternative alt : rule.alternatives()) {
            fixes.add(new Fix("Insert clause: " + alt.label(), alt.id(),
                    List.of(new TextEdit(new Span(at.offset(), at.offset()), at.render(fill(alt.text()), document.format())))));
        }
        return new Finding(rule.id(), rule.severity(), rule.message(), source, plain, fixes, List.of());
    }

    public Finding finding(Rule rule, Span plain, String message, List<Fix> fixes, List<Span> relatedPlain) {
        List<Span> related = relatedPlain.stream().map(document::toSource).toList();
        return new Finding(rule.id(), rule.severity(), message, document.toSource(plain), plain, fixes, related);
    }

    /** Fills the document's names into alternative wording. */
    public String fill(String template) {
        return document.parties().names().fill(template);
    }

    private String escape(String text) {
        if (document.format() != DocumentFormat.HTML) return text;
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Where a missing clause goes: the end of the section it belongs to, or a new section before the
     * general terms, or the end of the document.
     *
     * @param offset      source offset to insert at
     * @param heading     heading of a new section, or null to append to an existing section
     * @param headingMark the Markdown marker to give a new heading ("## "), "" for none
     */
    public record Insertion(int offset, String heading, String headingMark, boolean beforeSection) {
        String render(String clause, DocumentFormat format) {
            String body = format == DocumentFormat.HTML
                    ? "<p>" + clause.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>" : clause;
            if (heading == null) {
                return format == DocumentFormat.HTML ? "\n" + body : "\n\n" + body;
            }
            String head = switch (format) {
                case HTML -> "<h2>" + heading + "</h2>\n";
                case MARKDOWN -> headingMark + heading + "\n\n";
                case PLAIN_TEXT -> heading.toUpperCase(Locale.ROOT) + "\n\n";
            };
            if (beforeSection) return head + body + (format == DocumentFormat.HTML ? "\n" : "\n\n");
            return (format == DocumentFormat.HTML ? "\n" : "\n\n") + head + body;
        }
    }

    /** Decides where a missing clause goes; {@code near} are patterns over section titles. */
    public Insertion insertionPoint(List<Pattern> near, String heading) {
        List<Section> sections = document.sections();
        List<Block> blocks = document.blocks();
        for (Pattern p : near) {
            for (Section s : sections) {
                if (isDocumentTitle(s)) continue;
                if (p.matcher(s.title()).find()) {
                    return new Insertion(blocks.get(s.lastBlock()).sourceEnd(), null, "", false);
                }
            }
        }
        Section general = null;
        for (Section s : sections) {
            // the outermost "General" / "Miscellaneous" section, even under a title heading
            if (GENERAL.matcher(s.title()).find() && (general == null || s.rank() < general.rank())) general = s;
        }
        if (general != null) {
            int offset = lineStart(document.toSource(general.heading()).start());
            return new Insertion(offset, heading, markOf(offset), true);
        }
        int end = document.source().length();
        String mark = sections.isEmpty() ? "## " : markOf(lineStart(document.toSource(sections.get(sections.size() - 1).heading()).start()));
        if (document.format() == DocumentFormat.HTML) {
            int body = document.source().toLowerCase(Locale.ROOT).lastIndexOf("</body>");
            if (body >= 0) end = body;
        }
        return new Insertion(end, heading, mark.isEmpty() ? "## " : mark, false);
    }

    /** A title heading ("# Acme Services Agreement") holds the whole document; it is no place for a clause. */
    private boolean isDocumentTitle(Section s) {
        return !s.children().isEmpty() && s.extent().length() * 5 > document.text().length() * 4;
    }

    private static final Pattern GENERAL = Pattern.compile("(?i)\\b(general|miscellaneous|misc\\.?|other terms|boilerplate|final provisions)\\b");

    private int lineStart(int offset) {
        String src = document.source();
        int i = Math.min(offset, src.length());
        while (i > 0 && src.charAt(i - 1) != '\n') i--;
        return i;
    }

    private String markOf(int lineStart) {
        if (document.format() != DocumentFormat.MARKDOWN) return "";
        String src = document.source();
        int i = lineStart;
        while (i < src.length() && src.charAt(i) == '#') i++;
        return i > lineStart ? src.substring(lineStart, i) + " " : "## ";
    }
}
