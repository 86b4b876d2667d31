package dev.clauselint.lsp.server;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DefinedTerm;
import dev.clauselint.core.structure.DefinedTermExtractor;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renames a defined term everywhere: its definition, any redefinition and every use, keeping a
 * plural use plural ("Outputs" becomes "Results" when "Output" becomes "Result"). Refuses names the
 * reader would not see as the same term afterwards, so the renamed contract defines the new name
 * and uses it exactly as often as the old one.
 */
final class TermRename {
    /** The longest name the reader takes as a quoted term. */
    private static final int MAX_LENGTH = 60;

    private TermRename() {
    }

    static WorkspaceEdit edit(Analysis a, DefinedTerm term, String requested) {
        String name = checked(a.document(), term, requested);
        List<TextEdit> edits = new ArrayList<>();
        if (!name.equals(term.name())) {
            ContractDocument d = a.document();
            for (TermOccurrence o : TermOccurrence.all(d, term)) {
                String spelled = respell(term.name(), d.text(o.plain()), name);
                edits.add(new TextEdit(a.range(o.source()), SourceText.literal(d.format(), spelled)));
            }
        }
        return new WorkspaceEdit(Map.of(a.uri(), edits));
    }

    /** The new name with its whitespace tidied, or an error saying why it cannot be a defined term. */
    static String checked(ContractDocument d, DefinedTerm term, String requested) {
        if (requested == null || requested.isBlank()) throw refuse("the new name is empty");
        if (requested.indexOf('\n') >= 0 || requested.indexOf('\r') >= 0) {
            throw refuse("a defined term cannot run over a line break");
        }
        String name = requested.strip().replaceAll("\\s+", " ");
        if (name.chars().anyMatch(c -> "\"\u201C\u201D\u2018\u2019".indexOf(c) >= 0)) {
            throw refuse("a defined term cannot contain quotation marks: the definition puts it in quotes");
        }
        if (name.indexOf('(') >= 0 || name.indexOf(')') >= 0) {
            throw refuse("a defined term cannot contain parentheses: definitions often sit inside them");
        }
        if (name.length() > MAX_LENGTH) throw refuse("\"" + name + "\" is too long for a defined term (at most " + MAX_LENGTH + " characters)");
        if (!DefinedTermExtractor.isTermName(name)) {
            throw refuse("\"" + name + "\" would not read as a defined term: start it with a capital letter or a digit, "
                    + "keep it to six words or fewer and do not end it with punctuation");
        }
        List<String> spellings = DefinedTermExtractor.variants(name);
        for (DefinedTerm other : d.terms()) {
            if (other == term) continue;
            if (other.name().equals(name)) throw refuse("\"" + name + "\" is already a defined term");
            // "Outputs" next to a defined "Output": the reader would count one as a use of the other
            if (DefinedTermExtractor.variants(other.name()).stream().anyMatch(spellings::contains)) {
                throw refuse("\"" + name + "\" would be confused with the defined term \"" + other.name() + "\"");
            }
        }
        return name;
    }

    /** The new name in the number the old one had here: as defined, or as its plural or singular. */
    static String respell(String oldName, String spelled, String newName) {
        if (spelled.equals(oldName)) return newName;
        if (spelled.length() > oldName.length()) return newName.endsWith("s") ? newName : newName + "s";
        String other = DefinedTermExtractor.variants(newName).get(1);
        return other.length() < newName.length() ? other : newName;
    }

    private static ResponseErrorException refuse(String why) {
        return Requests.invalidParams("cannot rename: " + why);
    }
}
