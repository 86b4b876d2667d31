package dev.clauselint.core.structure;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Occurrences;
import dev.clauselint.core.model.PlainChars;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-references inside a contract ("Section 4.2", "Sections 3 and 4", "clause 7.1(b)", "§ 5",
 * "Schedule B", "Exhibit A", "Annex 2") and what each one points at. Used by the dangling-reference
 * check (references to nothing) and by editors (references as links to their headings).
 *
 * <p>A section exists when the document has a heading with that number or a number under it ("Section 4"
 * exists when "4.2" does), or a numbered paragraph starting with it; only the numbered part counts
 * ("Section 18(k)" needs a Section 18). An attachment exists when a heading or a paragraph starts with
 * its label. Left out, because they point outside the document: references followed by "of" or "under"
 * anything but "this"/"these" ("Section 230 of the Communications Decency Act"), references right after
 * the name of a code or act ("Civil Code Section 1542"), and sentences about another instrument's
 * clauses ("Clause 9 of the SCCs").
 */
public final class SectionReferences {
    /**
     * One referenced part.
     *
     * @param span    plain range of the reference: "Section 4.2", or just "5" in "Sections 4 and 5"
     * @param label   how to name the target: "Section 4.2", "Schedule B"
     * @param exists  whether the document contains the target (as a heading or a numbered paragraph)
     * @param checked whether a missing target should be reported: false where the numbering was not
     *                recognised (fewer than three numbered headings, letters the document does not
     *                number with, numbers above 99) and for a bare "§ 5", the way statutes are cited
     * @param heading the heading the reference resolves to, or null when there is none
     */
    public record Reference(Span span, String label, boolean exists, boolean checked, Section heading) {
    }

    private static final String ID = "(?:\\d{1,3}(?:\\.\\d{1,3})*|[A-Z](?:\\.\\d{1,3})*)(?:\\.[a-z])?(?:\\([a-zA-Z0-9]{1,4}\\))*(?![\\p{L}\\p{N}])";
    private static final String LIST = "((?:\\s*(?:,|and|or|&|through|to|-|\u2013|\u2014)\\s*(?:(?i:and|or)\\s+)?(?:(?i:sections?|clauses?)\\s+)?" + ID + ")*)";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}])((?i:sections?|clauses?|schedules?|exhibits?|annex(?:es)?|appendix|appendices|attachments?))"
                    + "\\s*(?:\u00A7\\s*)?(" + ID + ")" + LIST);
    /** "§ 5", "§§ 4 and 5" without the word "Section". */
    private static final Pattern BARE_SYMBOL = Pattern.compile("(?<![\\p{L}\u00A7])(\u00A7{1,2})\\s*(" + ID + ")" + LIST);
    /** A further target in a list: "and 5", "and Section 7.2". */
    private static final Pattern LIST_ID = Pattern.compile("(?<![\\p{L}\\p{N}.])((?:(?i:sections?|clauses?)\\s+)?)(" + ID + ")");
    private static final String ACRONYMS = "\\b(?:GDPR|CCPA|CPRA|DMCA|DMA|DSA|HIPAA|EAR|ITAR|UCC|FAA|SCCs?|CFR|USC|IDTA)\\b";
    /** "of the Communications Decency Act", "under our Privacy Policy": the reference points elsewhere. */
    private static final Pattern EXTERNAL_AFTER = Pattern.compile(
            "\\s*(?:\\([^()]{0,80}\\)\\s*)?,?\\s*(?:(?i:of|under)\\s+(?!(?i:this|these|hereof|herein|above|below)\\b)\\S"
                    + "|in\\s+(?:the|our|your|its|their|an?|any)\\s+[A-Z]"
                    + "|(?:of|to|in)\\s+(?:the\\s+)?" + ACRONYMS + ")");
    /** "California Civil Code Section 1542", "17 U.S.C. § 512", "GDPR Article 28". */
    private static final Pattern EXTERNAL_BEFORE = Pattern.compile(
            "(?:\\bCode|\\bAct|C\\.F\\.R\\.?|U\\.S\\.C\\.?|\\bRegulations?|\\bStatutes?|\\bLaws?|\\bSCCs?|\\bClauses|\\bDirective|\\bConvention|" + ACRONYMS + "|\\bthe\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*['\u2019]s)[\\s,]*$");
    private static final Pattern ATTACHMENT_TITLE = Pattern.compile(
            "(?i)^\\s*(schedule|exhibit|annex|appendix|attachment)\\s+([A-Z0-9]{1,3})\\b");
    /**
     * A numbered paragraph the heading detector may have missed: "\n4.2 Fees" at a line start, or
     * "Modification.15.1 Term" after a full stop. Tried only at line starts and after '.' or ':'
     * (with lookingAt), since scanning a 1 MB text at every position costs tens of milliseconds.
     */
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "[ \\t>#*]*(?:(?i:section|article)\\s+|\u00A7\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*|[A-Z](?:\\.\\d{1,3})+)[.):]?[ \\t]+[*_\"\u201C(]*\\p{Lu}");
    private static final Pattern NUMBERED_AFTER_STOP = Pattern.compile(
            "[.:][ \\t]*(?:(\\d{1,3}(?:\\.\\d{1,3})+)\\.?[ \\t]+\\p{Lu}|(\\d{1,2})\\.[ \\t]*\\p{Lu}\\p{Ll})");
    /** Words a reference starts with; sentences without any are skipped before the regex runs. */
    private static final String[] REFERENCE_WORDS = {"section", "clause", "schedule", "exhibit", "annex", "append", "attachment", "\u00A7"};
    /** The sentence is about another instrument's clauses: "Clause 9 of the SCCs", "Table 3 of the UK Addendum". */
    private static final Pattern OTHER_INSTRUMENT = Pattern.compile(
            "\\b(?:of|in|under)\\s+the\\s+(?:SCCs?|Standard\\s+Contractual\\s+Clauses|UK\\s+Addendum|IDTA|GDPR|UK\\s+GDPR|DPA)\\b");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile(
            "((?i:schedule|exhibit|annex|appendix|attachment))\\s+([A-Z]|\\d{1,3})(?![a-z0-9])");
    private static final Pattern LEADING_LABEL = Pattern.compile("^([A-Z]|\\d{1,3})");

    private SectionReferences() {
    }

    /** Every reference to a part of this document, in document order. */
    public static List<Reference> in(ContractDocument doc) {
        String lower = PlainChars.lower(doc.text());
        List<Raw> raw = find(doc, lower);
        if (raw.isEmpty()) return List.of();
        Targets targets = new Targets(doc, lower);
        List<Reference> out = new ArrayList<>(raw.size());
        for (Raw r : raw) out.add(targets.resolve(r));
        return out;
    }

    /** A reference as written: its kind ("section", "schedule"...) and identifier ("4.2", "7(b)", "B"). */
    private record Raw(Span span, String kind, String id, boolean bare) {
        boolean section() {
            return kind.equals("section") || kind.equals("clause");
        }
    }

    private static List<Raw> find(ContractDocument doc, String lower) {
        String text = doc.text();
        List<Raw> out = new ArrayList<>();
        // per reference word, its next occurrence: sentences come in order, so each word's
        // occurrences are searched once over the whole text
        Occurrences words = new Occurrences(lower, REFERENCE_WORDS);
        for (Sentence sentence : doc.sentences()) {
            if (sentence.heading()) continue;
            int first = firstReferenceWord(words, sentence.plain().start(), sentence.plain().end());
            if (first < 0) continue;
            String st = doc.text(sentence);
            if (mentionsOtherInstrument(st) && OTHER_INSTRUMENT.matcher(st).find()) continue;
            int base = sentence.plain().start();
            List<Raw> inSentence = new ArrayList<>();
            // a reference starts at one of the words: the search can begin at the first of them
            collect(st, base, REFERENCE.matcher(st).useTransparentBounds(true).region(first - base, st.length()), false, inSentence);
            if (st.indexOf('\u00A7') >= 0) {
                // "Section § 5" was taken above; only a "§" standing alone adds a reference
                List<Raw> bare = new ArrayList<>();
                collect(st, base, BARE_SYMBOL.matcher(st), true, bare);
                for (Raw b : bare) {
                    if (inSentence.stream().noneMatch(r -> r.span().start() < b.span().end() && b.span().start() < r.span().end())) {
                        inSentence.add(b);
                    }
                }
            }
            inSentence.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            out.addAll(inSentence);
        }
        return out;
    }

    private static void collect(String st, int base, Matcher m, boolean bare, List<Raw> out) {
        while (m.find()) {
            String kind = bare ? "section" : kind(m.group(1));
            if (EXTERNAL_AFTER.matcher(st).region(m.end(), Math.min(st.length(), m.end() + 160)).lookingAt()) continue;
            int before = Math.max(0, m.start() - 60);
            if (mayNameInstrument(st, before, m.start()) && EXTERNAL_BEFORE.matcher(st).region(before, m.start()).find()) continue;
            out.add(new Raw(new Span(base + m.start(1), base + m.end(2)), kind, m.group(2), bare));
            Matcher l = LIST_ID.matcher(st).region(m.start(3), m.end(3));
            while (l.find()) {
                // "Schedule B and Section 2.2": a list member with its own word is a section
                String memberKind = l.group(1).isEmpty() ? kind : kind(l.group(1).strip());
                out.add(new Raw(new Span(base + l.start(1), base + l.end(2)), memberKind, l.group(2), bare));
            }
        }
    }

    /**
     * Every way {@link #EXTERNAL_BEFORE} can match needs one of these words (it is case-sensitive);
     * most references have none before them, and a few searches are cheaper than the regex there.
     */
    private static final String[] INSTRUMENT_WORDS = {"Code", "Act", "C.F.R", "U.S.C", "Regulation", "Statute", "Law", "SCC",
            "Clauses", "Directive", "Convention", "GDPR", "CCPA", "CPRA", "DMCA", "DMA", "DSA", "HIPAA", "EAR", "ITAR", "UCC",
            "FAA", "CFR", "USC", "IDTA", "'s", "\u2019s"};

    private static boolean mayNameInstrument(String st, int from, int to) {
        for (String w : INSTRUMENT_WORDS) {
            int at = st.indexOf(w, from);
            if (at >= 0 && at + w.length() <= to) return true;
        }
        return false;
    }

    /** What the document contains: numbered sections and paragraphs, attachments, and their headings. */
    private static final class Targets {
        final int numbered;
        final boolean letterSections;
        final Set<String> sections = new HashSet<>();
        final Set<String> attachments = new HashSet<>();
        final Map<String, Section> sectionHeadings = new HashMap<>();
        final Map<String, Section> attachmentHeadings = new HashMap<>();

        /** @param lower the document's text lower-cased char by char */
        Targets(ContractDocument doc, String lower) {
            int count = 0;
            boolean letters = false;
            for (Section s : doc.sections()) {
                String n = number(s.number());
                if (!n.isEmpty()) {
                    count++;
                    addWithParents(sections, n);
                    sectionHeadings.putIfAbsent(n, s);
                    if (Character.isLetter(n.charAt(0))) letters = true;
                    // "4. License" under "D. Content" is Section D.4
                    String parent = "";
                    for (int p = s.parent(); p >= 0 && parent.isEmpty(); p = doc.sections().get(p).parent()) {
                        parent = number(doc.sections().get(p).number());
                    }
                    if (!parent.isEmpty() && !n.startsWith(parent + ".")) {
                        sections.add(parent + "." + n);
                        sectionHeadings.putIfAbsent(parent + "." + n, s);
                    }
                }
                Matcher a = ATTACHMENT_TITLE.matcher(s.number().isEmpty() ? s.title() : s.number() + " " + s.title());
                // "Schedule B Fees" may come out as number "B" and title "Fees": the heading as written has the word
                if (!a.find()) a = ATTACHMENT_TITLE.matcher(doc.text(s.heading()));
                if (a.reset().find()) {
                    String key = kind(a.group(1)) + " " + a.group(2);
                    attachments.add(key);
                    attachmentHeadings.putIfAbsent(key, s);
                }
            }
            numbered = count;
            letterSections = letters;
            String text = doc.text();
            collectNumberedStarts(text, sections);
            collectAttachmentLabels(text, lower, attachments);
        }

        Reference resolve(Raw r) {
            if (r.section()) {
                String target = number(r.id());
                if (target.isEmpty()) return new Reference(r.span(), "Section " + r.id(), false, false, null);
                boolean checked = !r.bare() && numbered >= 3
                        && (!Character.isLetter(target.charAt(0)) || letterSections)
                        && (!Character.isDigit(target.charAt(0)) || leading(target) <= 99);
                boolean exists = sections.contains(target) || deepUnderKnown(sections, target);
                return new Reference(r.span(), "Section " + target, exists, checked, sectionHeadings.get(target));
            }
            String target = label(r.id());
            String key = r.kind() + " " + target;
            String shown = capital(r.kind()) + " " + target;
            if (target.isEmpty()) return new Reference(r.span(), capital(r.kind()) + " " + r.id(), false, false, null);
            return new Reference(r.span(), shown, attachments.contains(key), true, attachmentHeadings.get(key));
        }
    }

    /** "Section 4.2." to "4.2"; "18(k)" to "18"; "L.3.b" to "L.3"; roman and lower-case numbers to "". */
    private static String number(String raw) {
        String s = NUMBER_WORD.matcher(raw.strip()).replaceFirst("");
        s = NUMBER_PAREN_TAIL.matcher(s).replaceAll("");
        s = NUMBER_LETTER_TAIL.matcher(s).replaceAll("");
        s = NUMBER_PUNCTUATION_TAIL.matcher(s).replaceAll("");
        return NUMBER_SHAPE.matcher(s).matches() ? s : "";
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)^(?:section|article|clause|\u00A7)\\s*");
    private static final Pattern NUMBER_PAREN_TAIL = Pattern.compile("\\(.*$");
    private static final Pattern NUMBER_LETTER_TAIL = Pattern.compile("\\.[a-z]$");
    private static final Pattern NUMBER_PUNCTUATION_TAIL = Pattern.compile("[.)]+$");
    private static final Pattern NUMBER_SHAPE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*|[A-Z](?:\\.\\d{1,3})*");

    /** An attachment's label: "B" of "B.15.5", "2" of "2(a)". */
    private static String label(String id) {
        Matcher m = LEADING_LABEL.matcher(id);
        return m.find() ? m.group(1) : "";
    }

    /**
     * "Section 4.2.7" when only "4.2" is known: the parser may not have recognised the third level, so
     * deep numbers are accepted under a known section of two levels.
     */
    private static boolean deepUnderKnown(Set<String> sections, String target) {
        String[] parts = target.split("\\.");
        if (parts.length < 3) return false;
        for (int depth = parts.length - 1; depth >= 2; depth--) {
            if (sections.contains(String.join(".", java.util.Arrays.copyOf(parts, depth)))) return true;
        }
        return false;
    }

    private static void addWithParents(Set<String> set, String number) {
        String n = number;
        while (true) {
            set.add(n);
            int dot = n.lastIndexOf('.');
            if (dot < 0) break;
            n = n.substring(0, dot);
        }
    }

    /** Where the first reference word lying wholly inside {@code [from, to)} starts, or -1. */
    private static int firstReferenceWord(Occurrences words, int from, int to) {
        int first = -1;
        for (int w = 0; w < REFERENCE_WORDS.length; w++) {
            int at = words.next(w, from);
            if (at >= 0 && at + REFERENCE_WORDS[w].length() <= to && (first < 0 || at < first)) first = at;
        }
        return first;
    }


    private static void collectNumberedStarts(String text, Set<String> sections) {
        Matcher line = NUMBERED_LINE.matcher(text);
        Matcher stop = NUMBERED_AFTER_STOP.matcher(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i == 0 || text.charAt(i - 1) == '\n') {
                if (line.region(i, n).lookingAt()) addWithParents(sections, line.group(1));
            }
            if ((c == '.' || c == ':') && digitFollows(text, i + 1)) {
                if (stop.region(i, n).lookingAt()) addWithParents(sections, stop.group(1) != null ? stop.group(1) : stop.group(2));
            }
        }
    }

    /** Attachment labels that start a block or a sentence ("Exhibit B Special Provisions ..."). */
    private static void collectAttachmentLabels(String text, String lower, Set<String> out) {
        Matcher m = ATTACHMENT_LABEL.matcher(text);
        for (String word : new String[]{"schedule", "exhibit", "annex", "appendix", "attachment"}) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) label(text, m, out);
            }
        }
    }

    private static void label(String text, Matcher m, Set<String> out) {
        int i = m.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*' || text.charAt(i) == '#')) i--;
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == ':') {
            out.add(kind(m.group(1)) + " " + m.group(2).toUpperCase(Locale.ROOT));
        }
    }

    /** Whether a digit comes next, after spaces and tabs: {@link #NUMBERED_AFTER_STOP} needs one there. */
    private static boolean digitFollows(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** The words {@link #OTHER_INSTRUMENT} needs one of (it is case-sensitive): a few searches before the regex. */
    private static final String[] OTHER_INSTRUMENT_WORDS = {"SCC", "Standard", "UK", "IDTA", "GDPR", "DPA"};

    private static boolean mentionsOtherInstrument(String sentence) {
        for (String w : OTHER_INSTRUMENT_WORDS) if (sentence.contains(w)) return true;
        return false;
    }

    private static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("section")) return "section";
        if (w.startsWith("clause")) return "clause";
        if (w.startsWith("schedule")) return "schedule";
        if (w.startsWith("exhibit")) return "exhibit";
        if (w.startsWith("annex")) return "annex";
        if (w.startsWith("append")) return "appendix";
        return "attachment";
    }

    private static int leading(String number) {
        int dot = number.indexOf('.');
        return Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
