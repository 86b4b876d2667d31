package dev.clauselint.core.compare;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.Section;
import dev.clauselint.core.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Cuts a document into provisions: the opening text, then one per section. */
public final class Provisions {
    private Provisions() {
    }

    public static List<Provision> of(ContractDocument doc) {
        int count = doc.sections().size();
        List<List<Provision.Clause>> bodies = new ArrayList<>();
        for (int i = 0; i <= count; i++) bodies.add(new ArrayList<>());
        for (Sentence s : doc.sentences()) {
            if (s.heading()) continue;
            String text = doc.text(s);
            List<String> words = NoiseFilter.words(text);
            if (words.isEmpty() || VersionStamp.is(text, words)) continue;
            bodies.get(s.section() + 1).add(new Provision.Clause(text, words));
        }
        List<Provision> out = new ArrayList<>();
        out.add(new Provision(-1, "", List.of(), bodies.get(0)));
        for (Section sec : doc.sections()) {
            out.add(new Provision(sec.index(), heading(sec), NoiseFilter.words(sec.title()), bodies.get(sec.index() + 1)));
        }
        return out;
    }

    /** Every word of the provisions joined by spaces, with a space at each end, for finding a clause's text. */
    static String joined(List<Provision> provisions) {
        StringBuilder out = new StringBuilder(" ");
        for (Provision p : provisions) {
            for (Provision.Clause c : p.sentences()) {
                for (String w : c.words()) out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /** "6.2 Disclaimer" as a reader would cite it. */
    public static String heading(Section s) {
        String title = s.title().strip().replaceAll("\\s+", " ");
        return s.number().isEmpty() ? title : (s.number() + " " + title).strip();
    }
}
