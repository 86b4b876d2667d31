package dev.clauselint.core.read;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.BlockType;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.model.NormalizedText;
import dev.clauselint.core.model.Span;
import dev.clauselint.core.structure.HeadingDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown and plain text line by line into blocks. Markdown additionally gets its inline
 * markup (emphasis, links, code, inline HTML, escapes, entities) stripped, with every remaining
 * character mapped back to its source position.
 */
public final class LineBlockReader implements FormatReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|(?:-[ \\t]*){3,})$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:>[ \\t]?)*(?:[-*+\u2022\u25AA\u25CF\u2013][ \\t]+)");
    private static final Pattern ITEM_START = Pattern.compile(
            "^[ \\t]*(?:>[ \\t]?)*(?:[-*+\u2022\u25AA\u25CF][ \\t]+|\\d{1,3}(?:\\.\\d{1,3})*[.)][ \\t]+|\\(?[a-zA-Z]{1,4}\\)[ \\t]+|[a-z]\\.[ \\t]+|[A-Z]\\.\\d|(?:Section|SECTION|Article|ARTICLE)[ \\t]+\\d|\\|)");
    private static final Pattern BOLD_LEAD = Pattern.compile(
            "^[ \\t]*(?:[-*+][ \\t]+)?(?:(?:Section[ \\t]+)?(?:\\d{1,3}|[A-Z])(?:\\\\?\\.\\d{1,3}){0,4}\\\\?[.)]?[ \\t]*|\\(?[a-z]{1,4}\\)[ \\t]*)?"
                    + "(?:\\*\\*|__)([^*_\\n]{1,90}?)(?:\\*\\*|__)[ \\t]*[.:\u2014\u2013-]?[ \\t]*(?=\\S)");
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,500})?/?>|<!--.{0,2000}?-->");
    private static final Pattern COMMENT_LINE = Pattern.compile("^[ \\t]*<!--(?:(?!-->).){0,2000}-->[ \\t]*$");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private final boolean markdown;

    private LineBlockReader(boolean markdown) {
        this.markdown = markdown;
    }

    public static LineBlockReader markdown() {
        return new LineBlockReader(true);
    }

    public static LineBlockReader plainText() {
        return new LineBlockReader(false);
    }

    @Override
    public ReadResult read(String source) {
        return new Run(source).read();
    }

    private final class Run {
        private final String src;
        private final NormalizedText.Builder out;
        private final List<Block> blocks = new ArrayList<>();
        private int blockStart = -1;
        private int blockLeadSourceEnd = -1;
        private int blockSourceEnd;
        private int blockLines;
        private boolean previousLineEnded = true;
        /** Line number, and the block a heading-shaped line closed on it (a setext underline may follow). */
        private int lineNo;
        private int shapedBlock = -1;
        private int shapedLine = -1;

        Run(String src) {
            this.src = src;
            this.out = new NormalizedText.Builder(src.length());
        }

        ReadResult read() {
            boolean fence = false;
            // a byte order mark is not content: start after it so "# Title" is still a heading
            int pos = !src.isEmpty() && src.charAt(0) == '\uFEFF' ? 1 : 0;
            int n = src.length();
            while (pos <= n) {
                int eol = src.indexOf('\n', pos);
                if (eol < 0) eol = n;
                int lineEnd = eol > pos && src.charAt(eol - 1) == '\r' ? eol - 1 : eol;
                String line = src.substring(pos, lineEnd);
                if (markdown && FENCE.matcher(line).find()) {
                    closeBlock();
                    fence = !fence;
                } else if (fence) {
                    closeBlock();
                    startBlock(pos, lineEnd, false);
                    appendPlain(pos, lineEnd);
                    closeBlock();
                } else {
                    line(line, pos, lineEnd);
                }
                if (eol >= n) break;
                pos = eol + 1;
                lineNo++;
            }
            closeBlock();
            return new ReadResult(out.build(), blocks);
        }

        private void line(String line, int start, int end) {
            if (line.isBlank()) {
                closeBlock();
                return;
            }
            // a suppression directive (or, in Markdown, any comment line) is not contract text: skip it
            // without ending the paragraph around it or changing how the next line is read
            if (markdown && COMMENT_LINE.matcher(line).matches()) return;
            if (Directive.parse(line, markdown ? DocumentFormat.MARKDOWN : DocumentFormat.PLAIN_TEXT) != null) return;
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && blockStart >= 0 && blockLines == 1) {
                headingFromCurrent(setext.group(1).charAt(0) == '=' ? 1 : 2);
                return;
            }
            if (setext.matches() && blockStart < 0 && shapedBlock >= 0 && shapedLine == lineNo - 1 && shapedBlock == blocks.size() - 1) {
                // "Terms of Service" was closed as heading-shaped; its underline makes it a real heading
                Block b = blocks.get(shapedBlock);
                blocks.set(shapedBlock, new Block(b.plain(), BlockType.HEADING, setext.group(1).charAt(0) == '=' ? 1 : 2, -1, end));
                shapedBlock = -1;
                previousLineEnded = true;
                return;
            }
            if (BREAK.matcher(line).matches()) {
                closeBlock();
                return;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.find()) {
                closeBlock();
                int contentStart = start + atx.end();
                int contentEnd = end;
                String rest = src.substring(contentStart, contentEnd);
                Matcher closing = Pattern.compile("[ \\t]+#+[ \\t]*$").matcher(rest);
                if (closing.find()) contentEnd = contentStart + closing.start();
                int plainStart = beginBlockText();
                appendInline(contentStart, contentEnd);
                int plainEnd = trimEnd(plainStart);
                if (plainEnd > plainStart) {
                    blocks.add(new Block(new Span(plainStart, plainEnd), BlockType.HEADING, atx.group(1).length(), -1, end));
                }
                previousLineEnded = true;
                return;
            }
            boolean item = ITEM_START.matcher(line).find();
            boolean headingShaped = previousLineEnded && line.length() <= 160 && HeadingDetector.classify(inlineText(line), true) != null
                    && !line.strip().startsWith("|");
            if (item || headingShaped || line.strip().startsWith("|")) closeBlock();
            int contentStart = start;
            Matcher bullet = BULLET.matcher(line);
            if (markdown && bullet.find()) contentStart = start + bullet.end();
            else if (markdown) {
                int q = 0;
                while (q < line.length() && (line.charAt(q) == '>' || line.charAt(q) == ' ')) q++;
                if (q > 0 && line.charAt(0) == '>' || line.startsWith(" >")) contentStart = start + q;
            }
            if (blockStart < 0) {
                startBlock(start, end, markdown);
            } else {
                out.append('\n', start - 1, start);
            }
            appendLine(contentStart, end);
            blockLines++;
            blockSourceEnd = end;
            String stripped = line.strip();
            char last = stripped.charAt(stripped.length() - 1);
            previousLineEnded = last == '.' || last == ':' || last == ';' || last == '!' || last == '?' || last == '*';
            if (headingShaped && !item) {
                int before = blocks.size();
                closeBlock();
                previousLineEnded = true;
                if (blocks.size() > before && blockLines == 1) {
                    shapedBlock = blocks.size() - 1;
                    shapedLine = lineNo;
                }
            }
        }

        private void appendLine(int start, int end) {
            if (markdown) {
                String line = src.substring(start, end);
                if (line.strip().startsWith("|")) {
                    appendTableRow(start, end);
                } else {
                    appendInline(start, end);
                }
            } else {
                appendPlain(start, end);
            }
        }

        private void appendTableRow(int start, int end) {
            int cellStart = start;
            for (int i = start; i <= end; i++) {
                if (i == end || src.charAt(i) == '|' && (i == start || src.charAt(i - 1) != '\\')) {
                    if (i > cellStart) {
                        String cell = src.substring(cellStart, i);
                        if (!cell.isBlank() && !cell.strip().matches(":?-{2,}:?")) {
                            if (out.length() > 0 && out.lastChar() != ' ' && out.lastChar() != '\n') out.append(' ', cellStart, cellStart);
                            appendInline(cellStart, i);
                        }
                    }
                    cellStart = i + 1;
                }
            }
        }

        private void startBlock(int start, int end, boolean detectLead) {
            blockStart = beginBlockText();
            blockLines = 0;
            blockLeadSourceEnd = -1;
            blockSourceEnd = end;
            if (detectLead) {
                Matcher lead = BOLD_LEAD.matcher(src.substring(start, end));
                if (lead.find()) blockLeadSourceEnd = start + lead.end();
            }
        }

        /** Separates blocks with a blank line in the plain text, so no sentence runs across them. */
        private int beginBlockText() {
            if (out.length() > 0) {
                int at = out.length() > 0 ? lastSourceEnd() : 0;
                out.append('\n', at, at);
                out.append('\n', at, at);
            }
            return out.length();
        }

        private int lastSourceEnd() {
            return blockSourceEnd;
        }

        private void headingFromCurrent(int level) {
            int plainEnd = trimEnd(blockStart);
            if (plainEnd > blockStart) {
                blocks.add(new Block(new Span(blockStart, plainEnd), BlockType.HEADING, level, -1, blockSourceEnd));
            }
            blockStart = -1;
            previousLineEnded = true;
        }

        private void closeBlock() {
            if (blockStart < 0) return;
            int plainEnd = trimEnd(blockStart);
            int start = blockStart;
            while (start < plainEnd && Character.isWhitespace(out.charAt(start))) start++;
            if (plainEnd > start) {
                int leadEnd = -1;
                if (blockLeadSourceEnd >= 0) {
                    leadEnd = plainOffsetOfSource(start, plainEnd, blockLeadSourceEnd);
                }
                blocks.add(new Block(new Span(start, plainEnd), BlockType.PARAGRAPH, 0, leadEnd, blockSourceEnd));
            }
            blockStart = -1;
        }

        private int plainOffsetOfSource(int from, int to, int sourceOffset) {
            NormalizedText partial = null;
            for (int i = from; i < to; i++) {
                if (sourceStartOf(i) >= sourceOffset) {
                    while (i > from && Character.isWhitespace(out.charAt(i - 1))) i--;
                    return i > from ? i : -1;
                }
            }
            return -1;
        }

        private int sourceStartOf(int plainIndex) {
            return out.sourceStart(plainIndex);
        }

        private int trimEnd(int from) {
            int e = out.length();
            while (e > from && Character.isWhitespace(out.charAt(e - 1))) e--;
            return e;
        }

        private void appendPlain(int start, int end) {
            for (int i = start; i < end; i++) CharNormalizer.append(out, src.charAt(i), i, i + 1);
        }

        /** Strips inline Markdown from src[start, end) and appends what a reader would see. */
        private void appendInline(int start, int end) {
            int i = start;
            while (i < end) {
                char c = src.charAt(i);
                if (c == '\\' && i + 1 < end && isPunct(src.charAt(i + 1))) {
                    CharNormalizer.append(out, src.charAt(i + 1), i, i + 2);
                    i += 2;
                } else if (c == '*' || c == '_') {
                    int run = i;
                    while (run < end && src.charAt(run) == c) run++;
                    boolean before = i > start && Character.isLetterOrDigit(src.charAt(i - 1));
                    boolean after = run < end && Character.isLetterOrDigit(src.charAt(run));
                    if (c == '_' && before && after) {
                        appendPlain(i, run);
                    } else if (c == '*' && run - i == 1 && !before && (run >= end || src.charAt(run) == ' ')) {
                        appendPlain(i, run);
                    }
                    i = run;
                } else if (c == '`') {
                    i++;
                } else if (c == '!' && i + 1 < end && src.charAt(i + 1) == '[') {
                    i = link(i + 1, end, true);
                } else if (c == '[') {
                    i = link(i, end, false);
                } else if (c == '<') {
                    Matcher tag = INLINE_TAG.matcher(src).region(i, end);
                    int close = src.indexOf('>', i);
                    if (close > 0 && close < end && src.startsWith("http", i + 1)) {
                        appendPlain(i + 1, close);
                        i = close + 1;
                    } else if (tag.lookingAt()) {
                        String t = tag.group().toLowerCase(java.util.Locale.ROOT);
                        if (t.startsWith("<br")) CharNormalizer.append(out, ' ', i, tag.end());
                        i = tag.end();
                    } else {
                        CharNormalizer.append(out, c, i, i + 1);
                        i++;
                    }
                } else if (c == '&') {
                    Matcher entity = ENTITY.matcher(src).region(i, end);
                    if (entity.lookingAt()) {
                        String decoded = org.jsoup.parser.Parser.unescapeEntities(entity.group(), false);
                        for (int k = 0; k < decoded.length(); k++) CharNormalizer.append(out, decoded.charAt(k), i, entity.end());
                        i = entity.end();
                    } else {
                        CharNormalizer.append(out, c, i, i + 1);
                        i++;
                    }
                } else {
                    CharNormalizer.append(out, c, i, i + 1);
                    i++;
                }
            }
        }

        /** A [text](target) or ![alt](target) at src[open]: keeps the text, drops the target. */
        private int link(int open, int end, boolean image) {
            int close = matching(open, end, '[', ']');
            if (close > 0 && close + 1 < end && src.charAt(close + 1) == '(') {
                int targetEnd = matching(close + 1, end, '(', ')');
                if (targetEnd > 0) {
                    appendInline(open + 1, close);
                    return targetEnd + 1;
                }
            }
            if (close > 0 && close + 1 < end && src.charAt(close + 1) == '[') {
                int refEnd = src.indexOf(']', close + 1);
                if (refEnd > 0 && refEnd < end) {
                    appendInline(open + 1, close);
                    return refEnd + 1;
                }
            }
            int from = image ? open - 1 : open;
            CharNormalizer.append(out, src.charAt(from), from, from + 1);
            if (image) CharNormalizer.append(out, '[', open, open + 1);
            return open + 1;
        }

        private int matching(int open, int end, char o, char c) {
            int depth = 0;
            for (int i = open; i < end && i < open + 2000; i++) {
                char ch = src.charAt(i);
                if (ch == '\\') {
                    i++;
                } else if (ch == o) {
                    depth++;
                } else if (ch == c && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private String inlineText(String line) {
            if (!markdown) return line;
            String s = EMPHASIS_MARKS.matcher(line).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1").replace("\\", "");
            return LEADING_BULLET.matcher(s).replaceAll("");
        }
    }

    /** Markup a heading-shaped line loses before it is classified: emphasis, link targets, a bullet. */
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LEADING_BULLET = Pattern.compile("^\\s*(?:[-*+]\\s+)");

    private static boolean isPunct(char c) {
        return "\\`*_{}[]()#+-.!|<>~\"'$%&,/:;=?@^".indexOf(c) >= 0;
    }
}
