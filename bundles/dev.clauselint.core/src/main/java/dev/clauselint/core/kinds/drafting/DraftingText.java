package dev.clauselint.core.kinds.drafting;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.model.Sentence;
import dev.clauselint.core.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Text helpers shared by the drafting checks. */
final class DraftingText {
    static final Set<String> PRONOUNS = Set.of("we", "us", "our", "ours", "you", "your", "yours", "i", "me", "my");

    private DraftingText() {
    }

    /** "Output" / "Outputs", "Party" / "Parties", "Policy" / "Policies": the forms a term is used in. */
    static List<String> numberForms(String name) {
        List<String> forms = new ArrayList<>(3);
        forms.add(name);
        if (name.endsWith("ies") && name.length() > 4) {
            forms.add(name.substring(0, name.length() - 3) + "y");
        } else if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
            forms.add(name.substring(0, name.length() - 1));
        } else if (name.endsWith("y") && name.length() > 3 && !isVowel(name.charAt(name.length() - 2))) {
            forms.add(name.substring(0, name.length() - 1) + "ies");
            forms.add(name + "s");
        } else {
            forms.add(name + "s");
        }
        return forms;
    }

    /** The singular form used to group "Output" and "Outputs" as one term. */
    static String key(String name) {
        if (name.endsWith("ies") && name.length() > 4) return name.substring(0, name.length() - 3) + "y";
        if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) return name.substring(0, name.length() - 1);
        return name;
    }

    private static boolean isVowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    /** Every name the document defines, in all number forms, plus the parties' names. */
    static Set<String> definedNames(ContractDocument doc) {
        Set<String> names = new HashSet<>();
        for (DefinedTerm t : doc.terms()) {
            names.addAll(numberForms(t.name()));
        }
        for (String n : doc.parties().vendorNames()) names.addAll(numberForms(n));
        for (String n : doc.parties().customerNames()) names.addAll(numberForms(n));
        return names;
    }

    /** Marks every definition (the quoted names) so later scans can skip them. */
    static BitSet definitionMask(ContractDocument doc) {
        BitSet mask = new BitSet(doc.text().length());
        for (DefinedTerm t : doc.terms()) {
            mask.set(t.definition().start(), t.definition().end());
            for (Span r : t.redefinitions()) mask.set(r.start(), r.end());
        }
        return mask;
    }

    /** Marks every heading so that "Term and Termination" does not count as a use of “Term”. */
    static BitSet headingMask(ContractDocument doc) {
        BitSet mask = new BitSet(doc.text().length());
        for (Sentence s : doc.sentences()) {
            if (s.heading()) mask.set(s.plain().start(), s.plain().end());
        }
        return mask;
    }

    /** Whether {@code word} occurs at {@code at} as a whole word (case-sensitive). */
    static boolean wholeWord(String text, int at, int end) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** A sentence written mostly in capitals (a disclaimer), where capitalisation says nothing. */
    static boolean shouting(String sentence) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters > 0 && upper * 10 > letters * 6;
    }

    static boolean allCaps(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    static String quote(String name) {
        return "\u201C" + name + "\u201D";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Collapses whitespace and drops quotes and markup so two renderings of one sentence compare equal. */
    static String normalized(String s) {
        return SPACES.matcher(MARKS.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*_\"\u201C\u201D\u2018\u2019'|]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
