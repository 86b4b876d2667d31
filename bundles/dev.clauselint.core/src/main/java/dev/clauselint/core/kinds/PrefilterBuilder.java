package dev.clauselint.core.kinds;

import dev.clauselint.core.model.PlainChars;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a Java regex and works out its {@link Prefilter}: the literal strings any match must
 * contain. Each part of the regex is described either exactly (the few strings it can match:
 * {@code authori[sz]e} is "authorise" or "authorize") or by a formula; sequences AND their parts,
 * alternatives OR them, optional parts require nothing. A positive lookahead adds its own
 * condition; lookbehinds and negative lookaheads add none, so every atom a match needs lies
 * at or after the match's start. Anything it does not understand yields {@link Prefilter#ALL},
 * so the result is always a necessary condition, never a guess. Strings are lower-cased char by
 * char (a case-insensitive match implies the lower-cased text contains the lower-cased literal).
 */
final class PrefilterBuilder {
    /** Shorter atoms ("we", "is") are in almost every sentence: not worth a search. */
    static final int MIN_ATOM = 3;
    /** More exact strings than this and a part is described by a formula instead. */
    private static final int MAX_EXACT = 16;
    /** Character classes of more characters than this match "anything" as far as atoms go. */
    private static final int MAX_CLASS = 4;

    /** A part of the regex: the exact strings it matches (when few), else a formula. */
    private record Info(Set<String> exact, Prefilter match) {
        static final Info EMPTY = exact(Set.of(""));
        static final Info ANY = new Info(null, Prefilter.ALL);

        static Info exact(Set<String> strings) {
            return new Info(strings, null);
        }

        static Info match(Prefilter p) {
            return new Info(null, p);
        }

        Prefilter toMatch() {
            if (exact == null) return match;
            List<String> sorted = new ArrayList<>(exact);
            sorted.sort((a, b) -> a.length() - b.length());
            List<Prefilter> atoms = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            next:
            for (String s : sorted) {
                if (s.length() < MIN_ATOM) return Prefilter.ALL;
                // "ours" adds nothing to an OR that has "our"
                for (String k : kept) if (s.contains(k)) continue next;
                kept.add(s);
                atoms.add(Prefilter.Atom.of(s));
            }
            return Prefilter.or(atoms);
        }
    }

    private final String re;
    private int pos;

    private PrefilterBuilder(String re) {
        this.re = re;
    }

    /** The prefilter of a (macro-expanded) Java regex; {@link Prefilter#ALL} when unsure. */
    static Prefilter of(String regex) {
        try {
            PrefilterBuilder b = new PrefilterBuilder(regex);
            Info info = b.alternation();
            if (b.pos != regex.length()) return Prefilter.ALL;
            return info.toMatch();
        } catch (RuntimeException e) {
            return Prefilter.ALL;
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        while (true) {
            branches.add(branch());
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                continue;
            }
            break;
        }
        if (branches.size() == 1) return branches.get(0);
        Set<String> union = new LinkedHashSet<>();
        boolean exact = true;
        for (Info b : branches) {
            if (b.exact() == null) exact = false;
            else union.addAll(b.exact());
        }
        if (exact && union.size() <= MAX_EXACT) return Info.exact(union);
        return Info.match(Prefilter.or(branches.stream().map(Info::toMatch).toList()));
    }

    /**
     * A sequence: runs of exactly known parts are joined into strings ("make", "authorise" or
     * "authorize"); whatever breaks a run (\\s+, a gap, a wide class) closes it as one condition.
     */
    private Info branch() {
        Prefilter closed = Prefilter.ALL;
        boolean exact = true;
        List<StringBuilder> run = builders(Set.of(""));
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            char c = re.charAt(pos);
            if (SPECIAL.indexOf(c) < 0 && !(pos + 1 < re.length() && QUANTIFIERS.indexOf(re.charAt(pos + 1)) >= 0)) {
                // a plain character, the common case: it extends every string of the run
                char lower = Character.toLowerCase(c);
                for (StringBuilder sb : run) sb.append(lower);
                pos++;
                continue;
            }
            Info next = quantified();
            if (next.exact() != null && run.size() * next.exact().size() <= MAX_EXACT) {
                List<StringBuilder> joined = new ArrayList<>();
                for (StringBuilder x : run) for (String y : next.exact()) joined.add(new StringBuilder(x).append(y));
                run = joined;
                continue;
            }
            exact = false;
            closed = Prefilter.and(closed, Info.exact(strings(run)).toMatch());
            if (next.exact() != null) {
                run = builders(next.exact());
            } else {
                run = builders(Set.of(""));
                closed = Prefilter.and(closed, next.match());
            }
        }
        if (exact) return Info.exact(strings(run));
        return Info.match(Prefilter.and(closed, Info.exact(strings(run)).toMatch()));
    }

    /** Characters with a meaning of their own in a regex; any other stands for itself. */
    private static final String SPECIAL = "\\[](){}|.^$*+?";
    private static final String QUANTIFIERS = "?*+{";

    private static List<StringBuilder> builders(Set<String> strings) {
        List<StringBuilder> out = new ArrayList<>(strings.size());
        for (String s : strings) out.add(new StringBuilder(s));
        return out;
    }

    private static Set<String> strings(List<StringBuilder> run) {
        Set<String> out = new LinkedHashSet<>();
        for (StringBuilder sb : run) out.add(sb.toString());
        return out;
    }

    private Info quantified() {
        Info base = atom();
        if (pos >= re.length()) return base;
        char q = re.charAt(pos);
        Info out;
        if (q == '?') {
            pos++;
            out = base.exact() != null ? Info.exact(with(base.exact(), "")) : Info.ANY;
        } else if (q == '*') {
            pos++;
            out = Info.ANY;
        } else if (q == '+') {
            pos++;
            out = Info.match(base.toMatch());
        } else if (q == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) throw new IllegalArgumentException("unclosed {");
            String body = re.substring(pos + 1, close);
            pos = close + 1;
            int comma = body.indexOf(',');
            int min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
            String maxText = comma < 0 ? body : body.substring(comma + 1).strip();
            int max = maxText.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(maxText);
            if (min == 0) out = max == 1 && base.exact() != null ? Info.exact(with(base.exact(), "")) : Info.ANY;
            else out = min == 1 && max == 1 ? base : Info.match(base.toMatch());
        } else {
            return base;
        }
        // lazy or possessive forms match the same strings
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
        return out;
    }

    private static Set<String> with(Set<String> set, String extra) {
        Set<String> out = new LinkedHashSet<>(set);
        out.add(extra);
        return out;
    }

    private Info atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '.':
                pos++;
                return Info.ANY;
            case '^':
            case '$':
                pos++;
                return Info.EMPTY;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("dangling quantifier");
            default:
                pos++;
                return literal(c);
        }
    }

    private static Info literal(char c) {
        return Info.exact(Set.of(String.valueOf(Character.toLowerCase(c))));
    }

    /**
     * Groups already read, by their source text. The macros put the same long groups ({vendor},
     * {may}, {content}) into most patterns; reading each once keeps compiling a playbook quick
     * even before the JIT has warmed up.
     */
    private static final Map<String, Info> GROUPS = new ConcurrentHashMap<>();
    private static final int REMEMBERED_GROUP = 24;

    private Info group() {
        int end = RegexText.groupEnd(re, pos);
        if (end - pos < REMEMBERED_GROUP) return readGroup();
        String source = re.substring(pos, end);
        Info known = GROUPS.get(source);
        if (known != null) {
            pos = end;
            return known;
        }
        Info info = readGroup();
        if (pos == end && GROUPS.size() < 10_000) GROUPS.put(source, info);
        return info;
    }

    private Info readGroup() {
        if (re.startsWith("(?=", pos)) {
            // what must follow here must be in the text too, at or after the match's start
            pos += 3;
            Info inner = alternation();
            expect(')');
            return Info.match(inner.toMatch());
        }
        if (re.startsWith("(?!", pos) || re.startsWith("(?<!", pos) || re.startsWith("(?<=", pos)) {
            // nothing required: a negative lookaround, or a lookbehind, whose text may lie before
            // the match's start (every atom must lie inside the match, see ClausePattern.find)
            pos += re.startsWith("(?!", pos) ? 3 : 4;
            alternation();
            expect(')');
            return Info.EMPTY;
        }
        if (re.startsWith("(?", pos)) {
            int p = pos + 2;
            if (p < re.length() && re.charAt(p) == '<') {
                int close = re.indexOf('>', p);
                if (close < 0) throw new IllegalArgumentException("unclosed group name");
                pos = close + 1;
            } else if (p < re.length() && (re.charAt(p) == ':' || re.charAt(p) == '>')) {
                pos = p + 1;
            } else {
                // inline flags: "(?i)" or "(?-i:...)"; comments mode would change the syntax itself
                int end = p;
                while (end < re.length() && "idmsuxU-".indexOf(re.charAt(end)) >= 0) end++;
                if (end >= re.length()) throw new IllegalArgumentException("unclosed flags");
                if (re.substring(p, end).contains("x")) throw new IllegalArgumentException("comments mode");
                if (re.charAt(end) == ')') {
                    pos = end + 1;
                    return Info.EMPTY;
                }
                if (re.charAt(end) != ':') throw new IllegalArgumentException("unknown group");
                pos = end + 1;
            }
        } else {
            pos++;
        }
        Info inner = alternation();
        expect(')');
        return inner;
    }

    private void expect(char c) {
        if (pos >= re.length() || re.charAt(pos) != c) throw new IllegalArgumentException("expected " + c);
        pos++;
    }

    private Info escape() {
        if (pos + 1 >= re.length()) throw new IllegalArgumentException("trailing backslash");
        char e = re.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Info.EMPTY;
            case 's', 'S', 'w', 'W', 'd', 'D', 'h', 'H', 'v', 'V', 'R', 'X':
                return Info.ANY;
            case 'p', 'P':
                if (pos < re.length() && re.charAt(pos) == '{') pos = re.indexOf('}', pos) + 1;
                else pos++;
                if (pos <= 0) throw new IllegalArgumentException("unclosed property");
                return Info.ANY;
            case 'Q': {
                int end = re.indexOf("\\E", pos);
                String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                return Info.exact(Set.of(PlainChars.lower(quoted)));
            }
            case 'n':
                return literal('\n');
            case 't':
                return literal('\t');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            case 'u': {
                char u = (char) Integer.parseInt(re.substring(pos, pos + 4), 16);
                pos += 4;
                return literal(u);
            }
            case 'x': {
                if (re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    int cp = Integer.parseInt(re.substring(pos + 1, close), 16);
                    pos = close + 1;
                    return cp <= 0xFFFF ? literal((char) cp) : Info.ANY;
                }
                char x = (char) Integer.parseInt(re.substring(pos, pos + 2), 16);
                pos += 2;
                return literal(x);
            }
            default:
                if (Character.isLetterOrDigit(e)) {
                    // back references, octal, control characters: nothing known about them
                    if (Character.isDigit(e) || e == 'k' || e == 'c' || e == 'e' || e == 'a') {
                        if (e == 'k') pos = re.indexOf('>', pos) + 1;
                        else if (e == 'c') pos++;
                        else while (pos < re.length() && Character.isDigit(re.charAt(pos))) pos++;
                        return Info.ANY;
                    }
                    throw new IllegalArgumentException("unknown escape \\" + e);
                }
                return literal(e);
        }
    }

    /** A class such as {@code ['’]} or {@code [sz]} is a few exact characters; anything wider matches "anything". */
    private Info characterClass() {
        pos++;
        boolean negated = pos < re.length() && re.charAt(pos) == '^';
        if (negated) pos++;
        Set<String> chars = new LinkedHashSet<>();
        boolean wide = negated;
        boolean first = true;
        int depth = 0;
        while (true) {
            if (pos >= re.length()) throw new IllegalArgumentException("unclosed class");
            char c = re.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                if (depth == 0) break;
                depth--;
                continue;
            }
            first = false;
            if (c == '[') {
                // unions and intersections: too clever to describe exactly
                wide = true;
                depth++;
                pos++;
                continue;
            }
            if (c == '&' && re.startsWith("&&", pos)) {
                wide = true;
                pos += 2;
                continue;
            }
            char ch;
            if (c == '\\') {
                char e = re.charAt(pos + 1);
                if (e == 'u') {
                    ch = (char) Integer.parseInt(re.substring(pos + 2, pos + 6), 16);
                    pos += 6;
                } else if (e == 'n' || e == 't' || e == 'r' || e == 'f') {
                    ch = switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> '\f';
                    };
                    pos += 2;
                } else if (Character.isLetterOrDigit(e)) {
                    wide = true; // \s, \w, \p{..}, \x..: more than a few characters, or unknown
                    pos += 2;
                    if ((e == 'p' || e == 'P') && pos < re.length() && re.charAt(pos) == '{') pos = re.indexOf('}', pos) + 1;
                    continue;
                } else {
                    ch = e;
                    pos += 2;
                }
            } else {
                ch = c;
                pos++;
            }
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                // a range: only short ones of plain characters are kept
                pos++;
                char to = re.charAt(pos);
                if (to == '\\' || to == '[') {
                    wide = true;
                    continue;
                }
                pos++;
                if (to - ch >= MAX_CLASS) wide = true;
                else for (char k = ch; k <= to; k++) chars.add(String.valueOf(Character.toLowerCase(k)));
                continue;
            }
            chars.add(String.valueOf(Character.toLowerCase(ch)));
        }
        if (wide || chars.size() > MAX_CLASS || chars.isEmpty()) return Info.ANY;
        return Info.exact(chars);
    }
}
