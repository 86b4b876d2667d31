package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.kinds.DocumentCheck;
import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.PlainChars;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.playbook.Rule;
import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.ReviewContext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code draft.undefined-term}: a Capitalised Term the text uses the way defined terms are used, which
 * the document never defines.
 *
 * <p>Guarantees: one finding per term, on its first use, naming the term; the other uses are related
 * locations. Capitalising a word signals "this has a precise meaning given elsewhere"; when it is given
 * nowhere, the word's scope is open to argument ("the Outputs": every response? only generated files?),
 * and the ambiguity is usually read against the drafter only after a dispute has started.
 *
 * <p>A use counts only when it is in running text (not a heading, not an ALL CAPS sentence), in the
 * middle of a sentence, right after a determiner or a possessive ("the Outputs", "any Submissions",
 * "Customer's Workspace"). A term needs at least two such uses. Left alone, because they are names, not
 * terms: the parties' names and anything starting with one ("Acme Console"); a defined term in either
 * number or behind a modifier ("Paid Services" when "Services" is defined); names of documents, laws and
 * institutions ("Privacy Policy", "Copyright Act", "Supreme Court"); names whose words the document
 * never writes in lower case (countries, brands, products: "the United States", "the Gemini App"),
 * unless the word is one of the usual contract nouns ("Outputs", "Materials"); a section's title
 * ("the Acceptable Use"); and terms marked "(as defined in ...)" or defined without quotes
 * ("Output means ...").
 */
public final class UndefinedTermCheck implements DocumentCheck {
    private static final String WORD = "[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*";
    /** Later words of a name may be acronyms: "Generative AI Prohibited Use Policy". */
    private static final String NEXT_WORD = "(?:" + WORD + "|[A-Z]{2,5}s?)";
    private static final Pattern USE = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])(?:the|any|such|all|your|our|its|each|their|these|every)\\s+|[\\p{L}](?:\u2019s|'s|s\u2019|s')\\s+)"
                    + "(" + WORD + "(?:[ \\t]+" + NEXT_WORD + "){0,4})(?![\\p{L}\\p{N}])");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}./@:_-])[a-z][a-z-]*(?![\\p{L}\\p{N}/@_]|\\.[a-z])");
    /** "Capitalized terms not defined here have the meanings given in the Order Form": definitions live elsewhere. */
    private static final Pattern DEFINED_ELSEWHERE = Pattern.compile(
            "(?i)capitali[sz]ed\\s+terms\\b[^.;]{0,80}\\bnot\\s+(?:otherwise\\s+)?defined\\b[^.;]{0,80}\\b(?:meaning|defined)");
    /** "the Legal guarantee section": a reference to a part of the document by its title. */
    private static final Pattern TITLE_REFERENCE = Pattern.compile("^(?:\\s+[a-z]+){0,3}\\s+(?:section|heading|tab|page|menu|button|setting|settings|option)\\b");

    /** A last word that makes the name a document, law, rule set or institution rather than a term. */
    private static final Set<String> NAME_ENDINGS = Set.of("Policy", "Policies", "Terms", "Term", "Agreement", "Agreements",
            "Addendum", "Addenda", "Guidelines", "Guideline", "Notice", "Notices", "Statement", "Conditions", "Act", "Code",
            "Regulation", "Regulations", "Rules", "Rule", "Directive", "Convention", "Law", "Laws", "Clauses", "Principles",
            "Standards", "Framework", "Shield", "Page", "Pages", "Center", "Centre", "Court", "Courts", "Commission", "Office",
            "Association", "Department", "Division", "Authority", "Council", "Bureau", "Agency", "Unit", "Government",
            "Parliament", "Congress", "Union", "States", "Kingdom", "Republic", "Area", "Nations", "District", "Store",
            "Inc", "Ltd", "Limited", "Corporation", "Corp", "Company", "Foundation", "Institute", "Program", "Programme",
            "Handbook", "Documentation", "Schedule", "Exhibit", "Annex", "Appendix", "Section", "Sections", "Article",
            "Plan", "Plans", "Form", "Forms", "Order", "Orders");
    /** Words that are names wherever they stand. */
    private static final Set<String> NAME_WORDS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Internet", "English", "Federal", "Supreme", "State", "States", "Constitution",
            "Party", "Parties", "God", "Web", "For", "In", "On", "At", "By", "With", "To", "Of", "And", "Or", "If", "As", "From",
            "Under", "Upon", "Without", "Within", "Before", "After", "Not", "All", "Any", "No", "New", "Other", "Some",
            "Each", "This", "That", "These", "Those", "Our", "Your", "Their", "Its", "My", "Please", "Note", "See");
    /** Nouns contracts usually define; capitalised, they are meant as terms even if never written in lower case. */
    private static final Set<String> TERM_NOUNS = Set.of("output", "input", "content", "material", "submission", "prompt",
            "data", "information", "feedback", "service", "product", "offering", "platform", "software", "application",
            "account", "fee", "charge", "credit", "subscription", "user", "customer", "client", "affiliate", "deliverable",
            "work", "model", "result", "generation", "request", "response", "license", "licence", "right", "claim",
            "loss", "damage", "liability", "purpose", "use", "period", "date", "territory", "jurisdiction", "brand",
            "mark", "feature", "tool", "component", "integration", "workspace", "project", "organization", "organisation",
            "seat", "tier", "usage", "asset", "resource", "event", "breach", "incident", "cost", "payment", "price");
    private static final Pattern AS_DEFINED = Pattern.compile(
            "^\\s*\\(?\\s*(?:as\\s+(?:such\\s+term\\s+is\\s+|is\\s+)?defined|defined\\s+(?:below|above|in|herein)|as\\s+described|has\\s+the\\s+meaning|have\\s+the\\s+meaning|within\\s+the\\s+meaning)");

    @Override
    public List<Finding> review(Rule rule, ReviewContext context) {
        ContractDocument doc = context.document();
        String text = doc.text();
        if (DEFINED_ELSEWHERE.matcher(text).find()) return List.of();
        Set<String> defined = new HashSet<>();
        for (String n : DraftingText.definedNames(doc)) defined.add(squash(n));
        Set<String> partyWords = new HashSet<>();
        for (String n : doc.parties().vendorNames()) partyWords.add(n.split(" ")[0]);
        for (String n : doc.parties().customerNames()) partyWords.add(n.split(" ")[0]);
        Set<String> titles = new HashSet<>();
        for (Section s : doc.sections()) titles.add(DraftingText.lower(s.title().strip()).replaceAll("[.:]+$", ""));
        BitSet definitions = DraftingText.definitionMask(doc);
        Set<String> lowerWords = lowerCaseWords(text);

        Map<String, List<Span>> uses = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        for (Sentence sentence : doc.sentences()) {
            if (sentence.heading()) continue;
            String st = doc.text(sentence);
            if (DraftingText.shouting(st)) continue;
            for (Use use : uses(st)) {
                String name = st.substring(use.start(), use.end());
                int start = sentence.plain().start() + use.start();
                Span span = new Span(start, start + name.length());
                int inDefinition = definitions.nextSetBit(span.start());
                if (inDefinition >= 0 && inDefinition < span.end()) continue; // part of a definition
                String key = DraftingText.key(name);
                if (rejected.contains(key)) continue;
                if (!isCandidate(name, defined, partyWords, titles, lowerWords)
                        || definedElsewhere(name, text)) {
                    rejected.add(key);
                    continue;
                }
                String after = st.substring(use.end(), Math.min(st.length(), use.end() + 120));
                if (AS_DEFINED.matcher(after).find() || TITLE_REFERENCE.matcher(after).find()
                        || continuesTitle(name, after, titles)) {
                    rejected.add(key);
                    continue;
                }
                uses.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
                shown.putIfAbsent(key, name);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : uses.entrySet()) {
            if (rejected.contains(e.getKey()) || e.getValue().size() < 2) continue;
            List<Span> spans = e.getValue();
            out.add(context.finding(rule, spans.get(0),
                    DraftingText.quote(shown.get(e.getKey())) + " is used as a defined term but never defined",
                    List.of(), spans.subList(1, Math.min(spans.size(), 6))));
        }
        return out;
    }

    private static boolean isCandidate(String name, Set<String> defined, Set<String> partyWords, Set<String> titles,
                                       Set<String> lowerWords) {
        String[] words = WORD_GAP.split(name);
        if (partyWords.contains(words[0])) return false;
        if (NAME_ENDINGS.contains(words[words.length - 1])) return false;
        for (int i = 0; i < words.length; i++) {
            if (NAME_WORDS.contains(words[i])) return false;
            // "Paid Services" when "Services" is defined, and the whole name itself
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (defined.contains(squash(tail))) return false;
        }
        // "such Claim" when "Customer Claim" and "Provider Claim" are defined: a shorthand for them
        String squashed = squash(name);
        String squashedSingular = squash(DraftingText.key(name));
        for (String d : defined) {
            if (d.length() > squashed.length() && (d.endsWith(squashed) || d.endsWith(squashedSingular))) return false;
        }
        if (titles.contains(DraftingText.lower(name))) return false;
        for (String w : words) {
            if (DraftingText.allCaps(w)) continue;
            String lw = w.toLowerCase(Locale.ROOT);
            String singular = DraftingText.lower(DraftingText.key(w));
            boolean common = TERM_NOUNS.contains(singular) || lowerWords.contains(lw) || lowerWords.contains(singular)
                    || DraftingText.numberForms(lw).stream().anyMatch(lowerWords::contains);
            if (!common) return false;
        }
        return true;
    }

    /** "the Class Action waiver" when a section is titled "Class Action Waiver": the title, not a term. */
    private static boolean continuesTitle(String name, String after, Set<String> titles) {
        String lowerName = DraftingText.lower(name);
        String following = DraftingText.lower(after.length() > 80 ? after.substring(0, 80) : after);
        for (String t : titles) {
            if (t.length() > lowerName.length() + 1 && t.startsWith(lowerName + " ")
                    && following.startsWith(t.substring(lowerName.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SQUASHED = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final Pattern WORD_GAP = Pattern.compile("[ \\t]+");

    /** Lower case without spaces and hyphens: "Sub-processors" and "Subprocessors" are one name. */
    private static String squash(String name) {
        return SQUASHED.matcher(DraftingText.lower(name)).replaceAll("");
    }

    /**
     * Introduced some other way: in quotes anywhere (a definitions list rendered as headings, “Team
     * Organization” account), or without quotes ("Output means ...", "(Outputs)").
     */
    private static boolean definedElsewhere(String name, String text) {
        for (String form : DraftingText.numberForms(name)) {
            // look only around the places the form occurs: scanning the whole text with a fresh
            // regex per candidate term made this check quadratic on long documents
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
                String before = text.substring(Math.max(0, at - 6), at);
                String after = text.substring(end, Math.min(text.length(), end + 24));
                if (QUOTED_BEFORE.matcher(before).find()) return true;
                boolean lineOrParen = LINE_OR_PAREN_BEFORE.matcher(before).find()
                        || at == before.length() && TEXT_START.matcher(before).matches();
                if (lineOrParen && DEFINES_AFTER.matcher(after).lookingAt()) return true;
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && MEANS_AFTER.matcher(after).lookingAt()) return true;
            }
        }
        return false;
    }

    private static final Pattern QUOTED_BEFORE = Pattern.compile("[\"\u201C\u2018]\\s*(?:the\\s+)?$");
    private static final Pattern LINE_OR_PAREN_BEFORE = Pattern.compile("[\\n(]\\s*(?:the\\s+)?$");
    private static final Pattern TEXT_START = Pattern.compile("\\s*(?:the\\s+)?");
    private static final Pattern DEFINES_AFTER = Pattern.compile(
            "\\s*(?:\\)|:|\\s+(?:means|shall mean|refers to|has the meaning|is defined))");
    private static final Pattern MEANS_AFTER = Pattern.compile("\\s+(?:means|shall mean|has the meaning|is defined as)\\b");

    /** A name used like a term: where it starts and ends in its sentence. */
    private record Use(int start, int end) {
    }

    /**
     * The {@link #USE} matches of a sentence. A use starts at a capital letter right after
     * whitespace, so the regex is only tried a few characters before such places (where a
     * determiner or possessive would begin), not at every character.
     */
    private static List<Use> uses(String st) {
        List<Use> out = new ArrayList<>();
        Matcher m = USE.matcher(st).useTransparentBounds(true).useAnchoringBounds(false);
        int n = st.length();
        int from = 0;
        for (int p = 1; p < n; p++) {
            char c = st.charAt(p);
            if (c < 'A' || c > 'Z' || !PlainChars.regexSpace(st.charAt(p - 1)) || p < from) continue;
            int q = p - 1;
            while (q > 0 && PlainChars.regexSpace(st.charAt(q - 1))) q--;
            // the longest determiner ("their", "every") is five letters, a possessive ("X's") three
            for (int s = Math.max(from, q - 5); s <= q - 3; s++) {
                if (m.region(s, n).lookingAt() && m.start(1) == p) {
                    out.add(new Use(p, m.end(1)));
                    from = m.end();
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Every word the document writes in lower case somewhere, outside web and e-mail addresses:
     * the {@link #LOWER_WORD} matches, tried only where a lower-case letter starts a word.
     */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = LOWER_WORD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (c < 'a' || c > 'z') continue;
            if (p > 0) {
                char b = text.charAt(p - 1);
                if (b >= 'a' && b <= 'z' || b == '-') continue; // inside a word: the lookbehind refuses it
            }
            if (m.region(p, n).lookingAt()) {
                words.add(m.group());
                p = m.end() - 1;
            }
        }
        return words;
    }
}
