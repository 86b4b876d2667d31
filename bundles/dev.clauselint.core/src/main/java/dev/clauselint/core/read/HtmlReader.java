package dev.clauselint.core.read;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.NormalizedText;
import dev.clauselint.core.model.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads HTML with jsoup, tracking source positions, so a finding's range points into the HTML the
 * user edits. Text is decoded from the raw source between a text node's positions (entities map
 * to their whole source span), whitespace is collapsed, and block elements start new blocks.
 */
public final class HtmlReader implements FormatReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "nav", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "blockquote",
            "pre", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "figure", "figcaption", "address", "details",
            "summary", "form", "fieldset", "body", "html", "title", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe",
            "object", "canvas", "button", "select", "option", "textarea");

    @Override
    public ReadResult read(String source) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(source, "");
        Run run = new Run(source);
        run.visit(doc.body() != null ? doc.body() : doc);
        run.closeBlock();
        return new ReadResult(run.out.build(), run.blocks);
    }

    private static final class Run {
        final String src;
        final NormalizedText.Builder out;
        final List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int headingLevel;
        int lastSourceEnd;

        Run(String src) {
            this.src = src;
            this.out = new NormalizedText.Builder(src.length());
        }

        void visit(Node node) {
            if (node instanceof TextNode text) {
                text(text);
                return;
            }
            if (!(node instanceof Element el)) return;
            String tag = el.normalName();
            if (SKIPPED.contains(tag)) return;
            boolean block = BLOCKS.contains(tag);
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
            if (block) {
                closeBlock();
                if (heading) headingLevel = tag.charAt(1) - '0';
            }
            for (Node child : el.childNodes()) visit(child);
            if (block) {
                int end = endOf(el);
                if (end > lastSourceEnd) lastSourceEnd = end;
                closeBlock();
                headingLevel = 0;
            }
        }

        private int endOf(Element el) {
            // jsoup may report positions past the end of truncated input ("!<!"); clamp to the source
            var range = el.endSourceRange();
            if (range != null && range.isTracked()) return Math.min(range.endPos(), src.length());
            var start = el.sourceRange();
            return start != null && start.isTracked() ? Math.min(start.endPos(), src.length()) : lastSourceEnd;
        }

        void text(TextNode node) {
            var range = node.sourceRange();
            if (range == null || !range.isTracked()) {
                return;
            }
            int start = range.startPos();
            int end = Math.min(range.endPos(), src.length());
            int i = start;
            while (i < end) {
                char c = src.charAt(i);
                int next = i + 1;
                String decoded = null;
                if (c == '&') {
                    int semi = src.indexOf(';', i);
                    if (semi > i && semi < end && semi - i <= 32) {
                        String entity = src.substring(i, semi + 1);
                        String value = Parser.unescapeEntities(entity, false);
                        if (!value.equals(entity)) {
                            decoded = value;
                            next = semi + 1;
                        }
                    }
                }
                if (decoded == null) decoded = String.valueOf(c);
                for (int k = 0; k < decoded.length(); k++) emit(decoded.charAt(k), i, next);
                i = next;
            }
            lastSourceEnd = Math.max(lastSourceEnd, end);
        }

        private void emit(char c, int s, int e) {
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (blockStart < 0) {
                if (space) return;
                if (out.length() > 0) {
                    out.append('\n', s, s);
                    out.append('\n', s, s);
                }
                blockStart = out.length();
            }
            if (space) {
                if (out.lastChar() != ' ') out.append(' ', s, e);
                return;
            }
            CharNormalizer.append(out, c, s, e);
        }

        void closeBlock() {
            if (blockStart < 0) return;
            int e = out.length();
            while (e > blockStart && Character.isWhitespace(out.charAt(e - 1))) e--;
            if (e > blockStart) {
                blocks.add(new Block(new Span(blockStart, e), headingLevel > 0 ? BlockType.HEADING : BlockType.PARAGRAPH,
                        headingLevel, -1, Math.max(lastSourceEnd, out.sourceStart(e - 1) + 1)));
            }
            blockStart = -1;
        }
    }
}
