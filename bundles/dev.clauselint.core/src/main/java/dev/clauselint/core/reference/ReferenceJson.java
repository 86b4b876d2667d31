package dev.clauselint.core.reference;

import java.util.List;

/**
 * Writes a {@link ReferenceSet} as JSON, by hand since the core has no JSON library. The layout is
 * fixed (one document per line, one key per line in a category) so a rebuilt set diffs cleanly
 * against the committed one. Reading is left to the language server module, which has gson.
 */
public final class ReferenceJson {
    /** Bumped when a field changes meaning, so readers can refuse what they do not understand. */
    public static final int FORMAT = 1;

    private ReferenceJson() {
    }

    public static String write(ReferenceSet set) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"format\": ").append(FORMAT).append(",\n");
        out.append("  \"snapshot\": ").append(quote(set.snapshot())).append(",\n");
        out.append("  \"perspective\": ").append(quote(set.perspective().id())).append(",\n");
        out.append("  \"label\": ").append(quote(set.label())).append(",\n");
        out.append("  \"documents\": [");
        List<ReferenceDocument> docs = set.documents();
        for (int i = 0; i < docs.size(); i++) {
            ReferenceDocument d = docs.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("    {\"name\": ").append(quote(d.name())).append(", \"file\": ").append(quote(d.file()))
                    .append(", \"score\": ").append(d.score()).append(", \"grade\": ").append(quote(String.valueOf(d.grade())))
                    .append('}');
        }
        out.append(docs.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"categories\": [");
        List<CategoryFacts> cats = set.categories();
        for (int i = 0; i < cats.size(); i++) {
            CategoryFacts c = cats.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("    {\n");
            out.append("      \"id\": ").append(quote(c.id())).append(",\n");
            out.append("      \"flagged\": ").append(names(c.flagged())).append(",\n");
            out.append("      \"notFlagged\": ").append(names(c.notFlagged())).append(",\n");
            out.append("      \"protection\": ").append(c.protection() == null ? "null" : quote(c.protection())).append(",\n");
            out.append("      \"offeringProtection\": ").append(names(c.offeringProtection())).append('\n');
            out.append("    }");
        }
        out.append(cats.isEmpty() ? "]\n" : "\n  ]\n");
        out.append("}\n");
        return out.toString();
    }

    private static String names(List<String> names) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(quote(names.get(i)));
        }
        return sb.append(']').toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
