package dev.clauselint.core.structure;

import dev.clauselint.core.model.PlainChars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the heading shapes real terms use when no markup says "heading": "Section 3",
 * "3.1 Payment", "A.2 Feedback", "(a) Scope", ALL CAPS lines and short Title Case lines.
 * It errs on the side of running text: a false heading splits a clause, a missed one only
 * loses an outline entry.
 */
public final class HeadingDetector {
    private static final Pattern SECTION = Pattern.compile(
            "^(?:Section|SECTION|Article|ARTICLE|Part|PART|Clause|CLAUSE|Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex|ANNEX|Appendix|APPENDIX)"
                    + "\\s+(\\d{1,3}[A-Z]?(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[A-Z])\\b[.:]?\\s*[-\u2013\u2014:.]?\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4})[.)]?\\s+(\\S.*)$");
    private static final Pattern LETTER_NUMBERED = Pattern.compile("^([A-Z](?:\\.\\d{1,3}){0,3})[.)]\\s*(\\S.*)$");
    private static final Pattern SUB = Pattern.compile("^\\(?([a-z]|[ivx]{1,5})[.)]\\s+(\\S.*)$");
    private static final Pattern LEAD_NUMBER = Pattern.compile(
            "^(?:Section\\s+|SECTION\\s+)?(\\d{1,3}(?:\\.\\d{1,3}){0,4}[.)]?|[A-Z](?:\\.\\d{1,3}){0,4}[.)]|[a-z]{1,4}[.)]|\\([a-z]{1,4}\\))(?=\\s|$)\\s*");

    private HeadingDetector() {
    }

    /** The heading shape of a whole line that stands alone, or null when it reads as running text. */
    public static HeadingShape classify(String rawLine, boolean standsAlone) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.length() > 120) return null;
        HeadingShape shape = shape(line, standsAlone);
        // "2. Customer pays. Customer's data remains Customer's." is running text, not a heading
        return shape == null || oneSentence(shape.title()) ? shape : null;
    }

    private static boolean oneSentence(String title) {
        return SentenceSplitter.split(title, 0, title.length()).size() <= 1;
    }

    private static HeadingShape shape(String line, boolean standsAlone) {
        Matcher m = SECTION.matcher(line);
        if (m.matches() && (m.group(2).isEmpty() || titleLike(m.group(2), 12))) {
            return new HeadingShape(m.group(1), m.group(2).strip(), family(m.group(1)) + depth(m.group(1)));
        }
        m = NUMBERED.matcher(line);
        if (m.matches()) {
            return titleLike(m.group(2), 12) ? new HeadingShape(m.group(1), m.group(2).strip(), "n" + depth(m.group(1))) : null;
        }
        m = LETTER_NUMBERED.matcher(line);
        if (m.matches()) {
            return titleLike(m.group(2), 10) ? new HeadingShape(m.group(1), m.group(2).strip(), "L" + depth(m.group(1))) : null;
        }
        m = SUB.matcher(line);
        if (m.matches()) {
            // same style as a bold run-in "(a)" / "(ii)" (see lead), so both nest alike
            return titleLike(m.group(2), 8) ? new HeadingShape(m.group(1), m.group(2).strip(), family(m.group(1)) + depth(m.group(1))) : null;
        }
        if (isAllCaps(line) && words(line) <= 12 && !line.endsWith(",") && !line.endsWith(";") && !capsSentence(line)) {
            return new HeadingShape("", stripTrailing(line), "caps");
        }
        if (standsAlone && words(line) <= 8 && titleLike(line, 8) && !endsLikeSentence(line)) {
            return new HeadingShape("", stripTrailing(line), "title");
        }
        return null;
    }

    /** Splits a run-in heading's text ("A.1. Overview.") into number and title. */
    public static HeadingShape lead(String leadText) {
        String t = leadText.strip();
        Matcher m = LEAD_NUMBER.matcher(t);
        String number = "";
        String title = t;
        if (m.find()) {
            number = m.group(1).replaceAll("[.()]+$", "").replace("(", "").replace(")", "");
            title = t.substring(m.end());
        }
        return new HeadingShape(number, stripTrailing(title), number.isEmpty() ? "lead" : family(number) + depth(number));
    }

    /** Numbering family, so "I.2" in bold and "I.2" on its own line nest alike. */
    static String family(String number) {
        if (number.isEmpty()) return "lead";
        char c = number.charAt(0);
        if (Character.isDigit(c)) return "n";
        if (Character.isUpperCase(c) && (number.length() == 1 || number.charAt(1) == '.')) return "L";
        return number.length() > 1 ? "roman" : "s";
    }

    static int depth(String number) {
        int d = 1;
        for (int i = 0; i < number.length(); i++) if (number.charAt(i) == '.') d++;
        return d;
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:\\s]+$");

    private static String stripTrailing(String s) {
        return TRAILING_PUNCTUATION.matcher(s.strip()).replaceAll("");
    }

    private static boolean endsLikeSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == '?' || last == '!' || last == ')' && s.length() > 40;
    }

    /** "WE MAY SUSPEND YOUR ACCESS." is a shouted sentence, not a heading: it ends like one and has a verb. */
    private static final Pattern CAPS_VERB = Pattern.compile("\\b(?:MAY|WILL|SHALL|MUST|ARE|IS|AGREE|WAIVE|PROVIDED|DO|DOES|NOT|CANNOT|CAN|HAVE|HAS|BE)\\b");

    private static boolean capsSentence(String line) {
        return line.endsWith(".") && words(line) > 3 && CAPS_VERB.matcher(line).find();
    }

    static boolean isAllCaps(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        return upper >= 3 && lower * 10 <= upper;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
    /** Short, starts with a capital, most longer words capitalised, not a sentence. */
    static boolean titleLike(String s, int maxWords) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 100) return false;
        char first = t.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '\u201C' && first != '"') return false;
        int n = words(t);
        if (n > maxWords) return false;
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == ';') return false;
        if (last == '.' && n > 6) return false;
        if (isAllCaps(t)) return true;
        int significant = 0;
        int capital = 0;
        int i = 0;
        while (i < t.length()) {
            // one word: leading non-letters ("(a)", quotes) do not count toward its length
            while (i < t.length() && PlainChars.regexSpace(t.charAt(i))) i++;
            int end = i;
            while (end < t.length() && !PlainChars.regexSpace(t.charAt(end))) end++;
            int letter = i;
            while (letter < end && !Character.isLetter(t.codePointAt(letter))) letter += Character.charCount(t.codePointAt(letter));
            if (end - letter > 3) {
                significant++;
                if (Character.isUpperCase(t.charAt(letter))) capital++;
            }
            i = end;
        }
        return significant == 0 || capital * 2 >= significant;
    }
}
