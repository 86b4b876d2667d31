package dev.clauselint.core.read;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.model.DocumentFormat;
import dev.clauselint.core.structure.StructureParser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point from text or bytes to a {@link ContractDocument}: decodes, refuses what is not a
 * contract (binary data, files above the size limit), picks the reader and parses the structure.
 */
public final class ContractReader {
    /** Default size limit: far above any real contract, low enough to keep memory bounded. */
    public static final int DEFAULT_MAX_CHARS = 20 * 1024 * 1024;

    private final int maxChars;

    public ContractReader() {
        this(DEFAULT_MAX_CHARS);
    }

    public ContractReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Reads file bytes: binary input is refused, invalid UTF-8 is replaced with U+FFFD and warned about. */
    public ContractDocument read(byte[] bytes, String fileName) throws UnreadableInputException {
        if (bytes.length > (long) maxChars * 4) {
            throw tooLarge(bytes.length);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("not a text file (binary content); Clauselint reads Markdown, plain text and HTML");
        }
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, warnings);
        return read(text, fileName, warnings);
    }

    public ContractDocument read(String text, String fileName) throws UnreadableInputException {
        return read(text, fileName, new ArrayList<>());
    }

    /** Reads text whose format is known (an editor's language id, say). */
    public ContractDocument read(String text, DocumentFormat format) throws UnreadableInputException {
        if (text.length() > maxChars) throw tooLarge(text.length());
        return parse(text, format, new ArrayList<>());
    }

    private ContractDocument read(String text, String fileName, List<String> warnings) throws UnreadableInputException {
        if (text.length() > maxChars) throw tooLarge(text.length());
        DocumentFormat format = fileName == null ? null : DocumentFormat.fromFileName(fileName);
        if (format == null) format = DocumentFormat.sniff(text);
        return parse(text, format, warnings);
    }

    private static ContractDocument parse(String text, DocumentFormat format, List<String> warnings) {
        ReadResult read = switch (format) {
            case MARKDOWN -> LineBlockReader.markdown().read(text);
            case PLAIN_TEXT -> LineBlockReader.plainText().read(text);
            case HTML -> new HtmlReader().read(text);
        };
        return StructureParser.parse(text, format, read, warnings);
    }

    private UnreadableInputException tooLarge(long size) {
        return new UnreadableInputException("file too large to review (" + describe(size) + "; the limit is "
                + describe(maxChars) + " of text)");
    }

    /** "25.3 MB", "12 KB" or "1,000 characters": never "0 MB" for a small limit. */
    private static String describe(long chars) {
        if (chars >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", chars / (1024.0 * 1024.0));
        if (chars >= 10 * 1024) return String.format(java.util.Locale.ROOT, "%,d KB", chars / 1024);
        return String.format(java.util.Locale.ROOT, "%,d characters", chars);
    }

    /** NUL bytes or a high share of control bytes in the first 8 KB mean binary data. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) control++;
        }
        return n > 0 && control * 10 > n;
    }

    private static String decode(byte[] bytes, List<String> warnings) {
        // the common case, quickly: valid UTF-8 decodes without a replacement character (a text
        // that really contains one takes the careful path below, with the same result)
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) return withoutByteOrderMark(quick);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return withoutByteOrderMark(strict.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                CharBuffer decoded = lenient.decode(ByteBuffer.wrap(bytes));
                String text = decoded.toString();
                int bad = 0;
                int firstLine = -1;
                int line = 1;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n') line++;
                    if (c == '\uFFFD') {
                        bad++;
                        if (firstLine < 0) firstLine = line;
                    }
                }
                warnings.add("invalid UTF-8: " + bad + " byte sequence(s) replaced with U+FFFD (first on line " + firstLine + ")");
                return withoutByteOrderMark(text);
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** A UTF-8 byte order mark is not text (editors drop it too); left in, it hides a first "# Title". */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
