package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Short assertions over what the server answers (in the spirit of lemminx's XMLAssert):
 * {@code assertDiagnostics(actual, d(2, 0, 2, 57, "data.training-on-inputs"), ...)}.
 */
public final class ContractAssert {
    private ContractAssert() {
    }

    /** An expected diagnostic: its code and range (0-based lines and characters). */
    public record Expected(String code, int startLine, int startChar, int endLine, int endChar) {
        @Override
        public String toString() {
            return code + "@" + startLine + ":" + startChar + "-" + endLine + ":" + endChar;
        }
    }

    public static Expected d(int startLine, int startChar, int endLine, int endChar, String code) {
        return new Expected(code, startLine, startChar, endLine, endChar);
    }

    public static Range r(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    static String show(Diagnostic x) {
        Range r = x.getRange();
        return x.getCode().getLeft() + "@" + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-"
                + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }

    /** Exactly these diagnostics, in any order. */
    public static void assertDiagnostics(List<Diagnostic> actual, Expected... expected) {
        List<String> want = new ArrayList<>();
        for (Expected e : expected) want.add(e.toString());
        List<String> got = new ArrayList<>();
        for (Diagnostic x : actual) got.add(show(x));
        want.sort(Comparator.naturalOrder());
        got.sort(Comparator.naturalOrder());
        assertEquals(String.join("\n", want), String.join("\n", got), "diagnostics");
    }

    /** The one diagnostic with this code; fails when there is none or several. */
    public static Diagnostic only(List<Diagnostic> actual, String code) {
        Diagnostic found = null;
        for (Diagnostic x : actual) {
            if (code.equals(x.getCode().getLeft())) {
                if (found != null) fail("more than one " + code + " diagnostic: " + actual.stream().map(ContractAssert::show).toList());
                found = x;
            }
        }
        if (found == null) fail("no " + code + " diagnostic among " + actual.stream().map(ContractAssert::show).toList());
        return found;
    }

    public static boolean has(List<Diagnostic> actual, String code) {
        return actual.stream().anyMatch(x -> code.equals(x.getCode().getLeft()));
    }

    /** Applies LSP text edits to a text, as an editor does. */
    public static String apply(String text, List<TextEdit> edits) {
        dev.clauselint.lsp.PositionMapper m = new dev.clauselint.lsp.PositionMapper(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> {
            Position pa = a.getRange().getStart();
            Position pb = b.getRange().getStart();
            return pa.getLine() != pb.getLine() ? Integer.compare(pb.getLine(), pa.getLine()) : Integer.compare(pb.getCharacter(), pa.getCharacter());
        });
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) {
            int s = m.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter());
            int en = m.offset(e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter());
            sb.replace(s, en, e.getNewText());
        }
        return sb.toString();
    }
}
