package dev.clauselint.core.kinds;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out, from a regex's source, the literal text any match must begin with ("we", "us",
 * "provid", "train"...), lower-cased and at most {@link #MAX} characters long. A matcher then only
 * runs where the text starts with one of them. The analysis is conservative: anything it does not
 * understand (classes, escapes like \s, optional first atoms) yields {@code null}, meaning "no
 * filter", so the prefixes are always a necessary condition for a match.
 */
final class LiteralPrefixes {
    static final int MAX = 4;

    private final String re;
    private int pos;

    private LiteralPrefixes(String re) {
        this.re = re;
    }

    /** The prefixes, or null when the pattern's start cannot be reduced to literals. */
    static Set<String> of(String regex) {
        try {
            LiteralPrefixes p = new LiteralPrefixes(regex);
            Set<String> out = p.alternation();
            if (out == null || out.isEmpty() || out.contains("")) return null;
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** branch ('|' branch)* up to the closing ')' or the end. */
    private Set<String> alternation() {
        Set<String> all = new LinkedHashSet<>();
        boolean unknown = false;
        while (true) {
            Set<String> b = branch();
            if (b == null) unknown = true;
            else all.addAll(b);
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                continue;
            }
            break;
        }
        return unknown ? null : all;
    }

    /** Prefixes of one branch; consumes the branch up to '|' or ')' either way. */
    private Set<String> branch() {
        Set<String> prefixes = new LinkedHashSet<>(List.of(""));
        boolean open = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            if (!open) {
                skipAtom();
                continue;
            }
            char c = re.charAt(pos);
            if (c == '\\' && pos + 1 < re.length() && (re.charAt(pos + 1) == 'b' || re.charAt(pos + 1) == 'B')) {
                pos += 2;
                continue;
            }
            if (c == '(' && lookaround()) {
                skipGroup();
                continue;
            }
            if (c == '(') {
                Set<String> inner = group();
                if (optionalQuantifier()) {
                    if (prefixes.equals(Set.of(""))) {
                        // an optional opening group: a match starts with it, or with what follows it
                        Set<String> rest = branch();
                        if (inner == null || rest == null) return null;
                        Set<String> both = new LinkedHashSet<>(inner);
                        both.addAll(rest);
                        return both;
                    }
                    open = false;
                    continue;
                }
                if (inner == null) return null;
                prefixes = join(prefixes, inner);
                if (prefixes == null) return null;
                open = false; // what follows a group is not tracked: the prefixes end with it
                continue;
            }
            Character literal = literal();
            if (literal == null) {
                // a class, \s, '.', an anchor: the literal prefix ends here
                if (prefixes.contains("")) return null;
                open = false;
                skipAtom();
                continue;
            }
            int before = pos;
            if (optionalQuantifier()) {
                if (prefixes.contains("")) return null;
                open = false;
                continue;
            }
            boolean repeated = pos > before;
            prefixes = join(prefixes, Set.of(String.valueOf(Character.toLowerCase(literal))));
            if (repeated || prefixes.stream().anyMatch(p -> p.length() >= MAX)) open = false;
        }
        return prefixes;
    }

    /**
     * Groups already read, by their source text: the macros put the same long groups into most
     * patterns, and reading each once keeps compiling a playbook quick before the JIT warms up.
     * A group whose start is not literal is remembered as an empty optional.
     */
    private static final java.util.Map<String, java.util.Optional<Set<String>>> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The prefixes of the (non-lookaround) group at pos, which is consumed; null when unknown. */
    private Set<String> group() {
        int end = RegexText.groupEnd(re, pos);
        String key = end - pos >= 24 ? re.substring(pos, end) : null;
        if (key != null) {
            java.util.Optional<Set<String>> known = GROUPS.get(key);
            if (known != null) {
                pos = end;
                return known.orElse(null);
            }
        }
        pos = groupBodyStart();
        Set<String> inner = alternation();
        expect(')');
        if (key != null && pos == end && GROUPS.size() < 10_000) {
            GROUPS.put(key, java.util.Optional.ofNullable(inner == null ? null : java.util.Collections.unmodifiableSet(inner)));
        }
        return inner;
    }

    private static Set<String> join(Set<String> heads, Set<String> tails) {
        Set<String> out = new LinkedHashSet<>();
        for (String h : heads) {
            for (String t : tails) {
                String s = h + t;
                out.add(s.length() > MAX ? s.substring(0, MAX) : s);
                if (out.size() > 256) return null;
            }
        }
        return out;
    }

    private boolean lookaround() {
        return re.startsWith("(?=", pos) || re.startsWith("(?!", pos) || re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos);
    }

    /** Skips "(", "(?:", "(?i:", "(?-i:", "(?<name>" and returns where the group's body starts. */
    private int groupBodyStart() {
        int p = pos + 1;
        if (p < re.length() && re.charAt(p) == '?') {
            if (re.startsWith("?<", p) && !re.startsWith("?<=", p) && !re.startsWith("?<!", p)) {
                int close = re.indexOf('>', p);
                return close + 1;
            }
            int colon = p;
            while (colon < re.length() && re.charAt(colon) != ':' && re.charAt(colon) != ')') colon++;
            if (colon >= re.length() || re.charAt(colon) != ':') throw new IllegalStateException("inline flags");
            return colon + 1;
        }
        return p;
    }

    private void expect(char c) {
        if (pos >= re.length() || re.charAt(pos) != c) throw new IllegalStateException("expected " + c);
        pos++;
    }

    /** A following ?, *, {0,...} makes the previous atom optional (consumed); + or {n,..} is consumed too. */
    private boolean optionalQuantifier() {
        if (pos >= re.length()) return false;
        char q = re.charAt(pos);
        if (q == '?' || q == '*') {
            pos++;
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
            return true;
        }
        if (q == '+') {
            pos++;
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
            return false;
        }
        if (q == '{') {
            int close = re.indexOf('}', pos);
            String body = re.substring(pos + 1, close);
            pos = close + 1;
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
            return body.startsWith("0");
        }
        return false;
    }

    /** The literal char at pos (consumed), or null (nothing consumed) when it is not a plain literal. */
    private Character literal() {
        char c = re.charAt(pos);
        if (c == '\\') {
            char n = re.charAt(pos + 1);
            if (Character.isLetterOrDigit(n)) return null;
            pos += 2;
            return n;
        }
        if ("[.^$".indexOf(c) >= 0) return null;
        if (c == ' ') return null;
        pos++;
        return c;
    }

    private void skipAtom() {
        char c = re.charAt(pos);
        if (c == '\\') {
            pos += 2;
        } else if (c == '[') {
            pos++;
            if (pos < re.length() && re.charAt(pos) == '^') pos++;
            if (pos < re.length() && re.charAt(pos) == ']') pos++;
            while (re.charAt(pos) != ']') {
                if (re.charAt(pos) == '\\') pos++;
                pos++;
            }
            pos++;
        } else if (c == '(') {
            skipGroup();
        } else {
            pos++;
        }
        optionalQuantifier();
    }

    private void skipGroup() {
        int end = RegexText.groupEnd(re, pos);
        pos = end < 0 ? re.length() : end;
        if (end >= 0) optionalQuantifier();
    }
}
