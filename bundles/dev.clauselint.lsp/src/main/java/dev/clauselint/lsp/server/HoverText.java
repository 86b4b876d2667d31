package dev.clauselint.lsp.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import java.util.List;

/**
 * Writes hover text as Markdown for editors that render it, else as plain text. Text that comes
 * from the contract or the playbook is escaped in Markdown, so an asterisk in a clause stays an
 * asterisk and a "1." at the start of a sentence does not turn into a list.
 */
final class HoverText {
    private static final String MARKDOWN_SPECIALS = "\\`*_{}[]<>#|~&!";

    private final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    HoverText(boolean markdown) {
        this.markdown = markdown;
    }

    /** Markdown when the editor lists it among the hover formats it accepts. */
    static boolean markdownWanted(ClientCapabilities caps) {
        var td = caps == null ? null : caps.getTextDocument();
        var hover = td == null ? null : td.getHover();
        List<String> formats = hover == null ? null : hover.getContentFormat();
        return formats != null && formats.contains(MarkupKind.MARKDOWN);
    }

    /** A bold lead-in followed by ordinary text, e.g. the code and severity of a finding. */
    HoverText heading(String strong, String rest) {
        paragraphBreak();
        out.append(markdown ? "**" + escape(strong) + "**" : strong);
        if (!rest.isEmpty()) out.append(' ').append(escape(rest));
        return this;
    }

    HoverText paragraph(String text) {
        if (text == null || text.isBlank()) return this;
        paragraphBreak();
        out.append(escape(oneLine(text)));
        return this;
    }

    /** "Label: text", the label in bold; nothing when there is no text. */
    HoverText labelled(String label, String text) {
        if (text == null || text.isBlank()) return this;
        paragraphBreak();
        out.append(markdown ? "**" + escape(label) + ":** " : label + ": ").append(escape(oneLine(text)));
        return this;
    }

    /** Words quoted from the contract, set apart from ours. */
    HoverText quote(String contractText) {
        paragraphBreak();
        out.append(markdown ? "> " + escape(oneLine(contractText)) : "    " + oneLine(contractText));
        return this;
    }

    /** A line between two subjects (two findings, a finding and a term). */
    HoverText separator() {
        if (out.isEmpty()) return this;
        paragraphBreak();
        out.append(markdown ? "---" : "----------");
        return this;
    }

    boolean isEmpty() {
        return out.isEmpty();
    }

    MarkupContent content() {
        return new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, out.toString());
    }

    private void paragraphBreak() {
        if (!out.isEmpty()) out.append("\n\n");
    }

    /** Contract sentences may run over several source lines; a hover shows them as one. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private String escape(String text) {
        if (!markdown) return text;
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        // "1. " or "- " at the very start would make a list, "+ " too
        if (sb.length() > 1 && "-+".indexOf(sb.charAt(0)) >= 0 && sb.charAt(1) == ' ') sb.insert(0, '\\');
        int digits = 0;
        while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) digits++;
        if (digits > 0 && digits < sb.length() && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')) sb.insert(digits, '\\');
        return sb.toString();
    }
}
