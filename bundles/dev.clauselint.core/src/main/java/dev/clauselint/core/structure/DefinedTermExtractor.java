package dev.clauselint.core.structure;

import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.PlainChars;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds defined terms the ways contracts define them: {@code (“Inputs”)}, {@code ("Services")},
 * {@code (collectively, “Providers”)}, {@code (together, our “Services”)} and {@code “Customer” means ...},
 * with straight or curly quotes, and every later use of each term.
 */
public final class DefinedTermExtractor {
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,240})\\)");
    private static final Pattern PAREN_LEAD = Pattern.compile(
            "^\\s*(?:(?:the|each|a|an|collectively|together|individually|jointly|hereinafter|herein|hereafter|hereinafter referred to as|referred to as|as|our|your|its|their|and|or|any|such|also|each of which|all of which|defined as|known as|called)[\\s,:]+)*[\"\u201C\u2018]");
    private static final Pattern QUOTED = Pattern.compile("\u201C([^\u201C\u201D\"\\n]{1,60})\u201D|\"([^\"\u201C\u201D\\n]{1,60})\"|\u2018([^\u2018\u2019\\n]{1,60})\u2019");
    private static final Pattern MEANS = Pattern.compile(
            "^(?:[(\\[]?[0-9A-Za-z]{1,4}(?:\\.[0-9]{1,3})*[.)\\]]\\s+|\\d{1,3}(?:\\.\\d{1,3})+\\s+)?"
                    + "([\"\u201C][^\"\u201C\u201D\\n]{1,60}[\"\u201D]|\u2018[^\u2018\u2019\\n]{1,60}\u2019)"
                    + "((?:\\s*(?:,|or|and)\\s*[\"\u201C][^\"\u201C\u201D\\n]{1,60}[\"\u201D])*)"
                    + "\\s*(?:\\([^)]{0,80}\\)\\s*)?[,:]?\\s*(?:means|mean|shall mean|shall have the meaning|has the meaning|have the meaning|refers to|refer to|is defined as|includes|shall include|is|are)\\b");

    /** "... and “Outputs” means ..." : a definition in the middle of a sentence. */
    private static final Pattern MEANS_INLINE = Pattern.compile(
            "(?:[;,]|\\band\\b|\\bor\\b)\\s*[\"\u201C]([^\"\u201C\u201D\\n]{1,60})[\"\u201D]\\s+(?:means|shall mean|refers to)\\b");
    /** "(Inputs and Outputs together are “Customer Content”)" : the parenthetical ends with the term. */
    private static final Pattern PAREN_TAIL = Pattern.compile(
            "\\b(?:are|is|together|collectively|jointly|called|referred to as|each|as)[\\s,:]*[\"\u201C\u2018][^\"\u201C\u201D\u2018\u2019]{1,60}[\"\u201D\u2019]\\s*$");

    /** "Inputs and Outputs are together “Customer Content”": a definition by naming a group. */
    private static final Pattern NAMED_TOGETHER = Pattern.compile(
            "\\b(?:are|is)\\s+(?:together|collectively|jointly)\\s+(?:referred\\s+to\\s+as\\s+|called\\s+)?(?:the\\s+)?[\"\u201C]([^\"\u201C\u201D\\n]{1,60})[\"\u201D]");

    /** Terms and the quoted names that were introduced together, e.g. ["Stability", "we", "us"]. */
    public record Result(List<DefinedTerm> terms, List<List<String>> aliasGroups) {
    }

    private DefinedTermExtractor() {
    }

    public static List<DefinedTerm> extract(String text, List<Sentence> sentences) {
        return extractAll(text, sentences).terms();
    }

    public static Result extractAll(String text, List<Sentence> sentences) {
        List<List<Named>> found = namesInAll(text, sentences);
        Map<String, List<Span[]>> definitions = new LinkedHashMap<>();
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i).plain();
            List<String> group = null;
            int current = 0;
            for (Named n : found.get(i)) {
                if (n.group() == 0) {
                    add(definitions, new ArrayList<>(), n.raw(), n.at(), s);
                    continue;
                }
                if (n.group() != current) {
                    if (group != null && !group.isEmpty()) groups.add(group);
                    group = new ArrayList<>();
                    current = n.group();
                }
                add(definitions, group, n.raw(), n.at(), s);
            }
            if (group != null && !group.isEmpty()) groups.add(group);
        }
        return new Result(resolveUses(text, definitions), groups);
    }

    /**
     * A quoted name found where terms are defined: {@code group} 0 for a name defined alone,
     * otherwise the number of the group of names introduced together in its sentence.
     */
    private record Named(String raw, Span at, int group) {
    }

    /** Below this many sentences a second thread costs more than it saves. */
    private static final int PARALLEL_SENTENCES = 2_000;

    /** The names of every sentence, in order; a long document's two halves are searched at once. */
    private static List<List<Named>> namesInAll(String text, List<Sentence> sentences) {
        int n = sentences.size();
        if (n < PARALLEL_SENTENCES) return namesIn(text, sentences);
        java.util.concurrent.CompletableFuture<List<List<Named>>> first = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> namesIn(text, sentences.subList(0, n / 2)));
        List<List<Named>> second = namesIn(text, sentences.subList(n / 2, n));
        List<List<Named>> all = new ArrayList<>(first.join());
        all.addAll(second);
        return all;
    }

    private static List<List<Named>> namesIn(String text, List<Sentence> sentences) {
        List<List<Named>> out = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) out.add(sentence.heading() ? List.of() : namesIn(text, sentence.plain()));
        return out;
    }

    /** The names one sentence defines, in the order they are to be added. */
    private static List<Named> namesIn(String text, Span s) {
        String st = text.substring(s.start(), s.end());
        // cheap tests first: most sentences quote nothing, and regexes over 1 MB add up
        if (st.indexOf('"') < 0 && st.indexOf('\u201C') < 0 && st.indexOf('\u2018') < 0) return List.of();
        List<Named> out = new ArrayList<>();
        Matcher means = MEANS.matcher(st);
        if (means.lookingAt()) quotedNames(QUOTED.matcher(st).region(0, means.end()), s.start(), 1, out);
        Matcher inline = MEANS_INLINE.matcher(st);
        boolean mentionsMeaning = st.contains(" mean") || st.contains(" refers to");
        while (mentionsMeaning && inline.find()) {
            out.add(new Named(inline.group(1), new Span(s.start() + inline.start(1), s.start() + inline.end(1)), 0));
        }
        Matcher together = NAMED_TOGETHER.matcher(st);
        boolean grouping = st.contains("together") || st.contains("collectively") || st.contains("jointly");
        while (grouping && together.find()) {
            out.add(new Named(together.group(1), new Span(s.start() + together.start(1), s.start() + together.end(1)), 0));
        }
        Matcher paren = PAREN.matcher(st);
        int group = 2;
        while (paren.find()) {
            String inner = paren.group(1);
            if (!PAREN_LEAD.matcher(inner).find() && !(endsWithQuote(inner) && PAREN_TAIL.matcher(inner).find())) continue;
            quotedNames(QUOTED.matcher(inner), s.start() + paren.start(1), group++, out);
        }
        return out;
    }

    /** Every quoted name the matcher finds, as one group. */
    private static void quotedNames(Matcher q, int offset, int group, List<Named> out) {
        while (q.find()) {
            int g = q.group(1) != null ? 1 : q.group(2) != null ? 2 : 3;
            out.add(new Named(q.group(g), new Span(offset + q.start(g), offset + q.end(g)), group));
        }
    }


    /** Whether a parenthetical ends with a closing quote (then whitespace): all that {@link #PAREN_TAIL} can match. */
    private static boolean endsWithQuote(String inner) {
        int e = inner.length();
        // "$" also matches before one final line terminator
        if (e > 0 && "\u0085\u2028\u2029".indexOf(inner.charAt(e - 1)) >= 0) e--;
        while (e > 0 && PlainChars.regexSpace(inner.charAt(e - 1))) e--;
        if (e == 0) return false;
        char last = inner.charAt(e - 1);
        return last == '"' || last == '\u201D' || last == '\u2019';
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");

    private static void add(Map<String, List<Span[]>> defs, List<String> group, String rawName, Span at, Span sentence) {
        String name = TRAILING_PUNCTUATION.matcher(SPACES.matcher(rawName.strip()).replaceAll(" ")).replaceAll("");
        if (name.isEmpty()) return;
        group.add(name);
        if (!isTermName(name)) return;
        int lead = rawName.indexOf(name.charAt(0));
        Span span = new Span(at.start() + Math.max(0, lead), at.start() + Math.max(0, lead) + name.length());
        defs.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span[]{span, sentence});
    }

    /**
     * A defined term starts with a capital letter or digit, is short, and is not a sentence. Public
     * so that a rename can refuse names the reader would no longer see as a term.
     */
    public static boolean isTermName(String name) {
        if (!Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))) return false;
        if (name.split(" ").length > 6) return false;
        char last = name.charAt(name.length() - 1);
        return last != '.' && last != ',' && last != '!' && last != '?';
    }

    /**
     * Finds every use of every term in one pass over the words of the text: at each word start the
     * terms beginning with that word are tried longest first, so "Customer Content" is not also
     * counted as a use of "Customer".
     */
    private static List<DefinedTerm> resolveUses(String text, Map<String, List<Span[]>> definitions) {
        Map<String, List<Span>> uses = usesEverywhere(text, definitions);
        List<DefinedTerm> terms = new ArrayList<>();
        for (Map.Entry<String, List<Span[]>> e : definitions.entrySet()) {
            List<Span[]> defs = e.getValue();
            List<Span> redefinitions = new ArrayList<>();
            for (int k = 1; k < defs.size(); k++) {
                // the same quoted name twice in one sentence is one definition ("“Terms” or “Agreement”")
                if (!defs.get(k)[1].equals(defs.get(0)[1])) redefinitions.add(defs.get(k)[0]);
            }
            terms.add(new DefinedTerm(e.getKey(), defs.get(0)[0], defs.get(0)[1], List.copyOf(uses.get(e.getKey())),
                    List.copyOf(redefinitions)));
        }
        return terms;
    }

    /** Below this many characters a second thread costs more than it saves. */
    private static final int PARALLEL_CHARS = 200_000;

    /**
     * Uses in the whole text; a long text is split at a line break near its middle and both
     * halves are scanned at once. No use spans a line break (names have none), so the split
     * changes nothing.
     */
    private static Map<String, List<Span>> usesEverywhere(String text, Map<String, List<Span[]>> definitions) {
        int mid = text.length() < PARALLEL_CHARS ? -1 : text.indexOf('\n', text.length() / 2);
        if (mid < 0) return scanUses(text, 0, text.length(), definitions);
        int split = mid + 1;
        java.util.concurrent.CompletableFuture<Map<String, List<Span>>> first =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> scanUses(text, 0, split, definitions));
        Map<String, List<Span>> second = scanUses(text, split, text.length(), definitions);
        Map<String, List<Span>> uses = first.join();
        for (Map.Entry<String, List<Span>> e : second.entrySet()) uses.get(e.getKey()).addAll(e.getValue());
        return uses;
    }

    /** Uses of the defined terms within {@code [from, to)} of the text, per term name. */
    private static Map<String, List<Span>> scanUses(String text, int from, int to, Map<String, List<Span[]>> definitions) {
        BitSet defined = new BitSet(to);
        for (List<Span[]> list : definitions.values()) {
            for (Span[] d : list) if (d[0].end() > from && d[0].start() < to) defined.set(d[0].start(), d[0].end());
        }
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String name : definitions.keySet()) {
            for (String variant : variants(name)) {
                // "Term" and "Terms" both defined: each keeps its own uses
                if (!variant.equals(name) && definitions.containsKey(variant)) continue;
                byFirstWord.computeIfAbsent(firstWord(variant), k -> new ArrayList<>()).add(new String[]{variant, name});
            }
        }
        for (List<String[]> candidates : byFirstWord.values()) {
            candidates.sort(Comparator.comparingInt((String[] c) -> c[0].length()).reversed());
        }
        Map<String, List<Span>> uses = new LinkedHashMap<>();
        for (String name : definitions.keySet()) uses.put(name, new ArrayList<>());
        int n = to;
        int i = from;
        while (i < n) {
            if (!PlainChars.letterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && isWordChar(text.charAt(wordEnd))) wordEnd++;
            char first = text.charAt(i);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                // every term name starts with a capital or a digit (isTermName): no lookup needed
                i = wordEnd;
                continue;
            }
            List<String[]> candidates = byFirstWord.get(text.substring(i, wordEnd));
            int next = wordEnd;
            if (candidates != null && !defined.get(i)) {
                for (String[] c : candidates) {
                    int end = i + c[0].length();
                    if (text.startsWith(c[0], i) && wordEnd(text, end)) {
                        uses.get(c[1]).add(new Span(i, end));
                        next = Math.max(next, end);
                        break;
                    }
                }
            }
            i = next;
        }
        return uses;
    }

    /**
     * Uses of already known terms inside one range of the text (an edited paragraph), per term
     * name: the same matching as a full extraction, limited to the range.
     */
    public static Map<String, List<Span>> usesIn(String text, int from, int to, List<DefinedTerm> terms) {
        Map<String, List<Span[]>> definitions = new LinkedHashMap<>();
        for (DefinedTerm t : terms) {
            List<Span[]> defs = new ArrayList<>();
            defs.add(new Span[]{t.definition(), t.sentence()});
            for (Span r : t.redefinitions()) defs.add(new Span[]{r, t.sentence()});
            definitions.put(t.name(), defs);
        }
        return scanUses(text, from, to, definitions);
    }

    private static boolean isWordChar(char c) {
        return PlainChars.letterOrDigit(c) || c == '-';
    }

    private static String firstWord(String s) {
        int e = 0;
        while (e < s.length() && isWordChar(s.charAt(e))) e++;
        return s.substring(0, Math.max(1, e));
    }

    /**
     * The spellings counted as uses of a term: the name and its plural (or, for a plural name, its
     * singular). Public so that a rename can keep each use in the same number.
     */
    public static List<String> variants(String name) {
        List<String> v = new ArrayList<>(3);
        v.add(name);
        if (name.endsWith("s") && name.length() > 3 && !name.endsWith("ss")) v.add(name.substring(0, name.length() - 1));
        else v.add(name + "s");
        return v;
    }

    private static boolean wordEnd(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
