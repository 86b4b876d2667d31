package dev.clauselint.core.model;

/**
 * The plain text that analysis runs on (markup stripped, entities decoded), with a map back to
 * the source so that every finding points into the file the user actually edits.
 */
public final class NormalizedText {
    private final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;
    private final int sourceLength;

    NormalizedText(String text, int[] sourceStart, int[] sourceEnd, int sourceLength) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
        this.sourceLength = sourceLength;
    }

    /** Plain text identical to the source (plain-text files). */
    public static NormalizedText identity(String source) {
        int n = source.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new NormalizedText(source, s, e, n);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Maps a plain range to the smallest source range covering the same characters. */
    public Span toSource(Span plain) {
        if (plain.length() == 0) {
            int at = plain.start() < sourceStart.length ? sourceStart[plain.start()] : sourceLength;
            return new Span(at, at);
        }
        int s = sourceStart[plain.start()];
        int e = sourceEnd[plain.end() - 1];
        return new Span(s, Math.max(s, e));
    }

    /** Source offset of a plain offset (the end of the text maps to the end of the source). */
    public int toSource(int plainOffset) {
        return plainOffset < sourceStart.length ? sourceStart[plainOffset] : sourceLength;
    }

    /**
     * The plain offset of the character at a source offset, or -1 when that source character was
     * dropped (markup, a tag) or lies outside the text. Editors ask in source offsets.
     */
    public int toPlain(int sourceOffset) {
        int lo = 0;
        int hi = sourceStart.length - 1;
        int found = -1;
        while (lo <= hi) { // last plain char starting at or before the offset
            int mid = (lo + hi) >>> 1;
            if (sourceStart[mid] <= sourceOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return -1;
        return sourceOffset < Math.max(sourceEnd[found], sourceStart[found] + 1) ? found : -1;
    }

    /**
     * This text with the plain range {@code [plainStart, plainEnd)} replaced by {@code [partFrom, partTo)}
     * of {@code part}, a text read on its own from the source starting at {@code partSourceStart}. Characters after
     * the range keep their mapping, moved by {@code sourceDelta} (how much longer the new source
     * is). Used to re-read one edited paragraph instead of the whole contract.
     */
    public NormalizedText splice(int plainStart, int plainEnd, NormalizedText part, int partFrom, int partTo,
                                 int partSourceStart, int sourceDelta) {
        int tail = text.length() - plainEnd;
        int len = partTo - partFrom;
        int n = plainStart + len + tail;
        int[] s = new int[n];
        int[] e = new int[n];
        System.arraycopy(sourceStart, 0, s, 0, plainStart);
        System.arraycopy(sourceEnd, 0, e, 0, plainStart);
        for (int i = 0; i < len; i++) {
            s[plainStart + i] = part.sourceStart[partFrom + i] + partSourceStart;
            e[plainStart + i] = part.sourceEnd[partFrom + i] + partSourceStart;
        }
        int at = plainStart + len;
        for (int i = 0; i < tail; i++) {
            s[at + i] = sourceStart[plainEnd + i] + sourceDelta;
            e[at + i] = sourceEnd[plainEnd + i] + sourceDelta;
        }
        String t = text.substring(0, plainStart) + part.text.substring(partFrom, partTo) + text.substring(plainEnd);
        return new NormalizedText(t, s, e, sourceLength + sourceDelta);
    }

    /** Builds a normalised text char by char, recording where each char came from. */
    public static final class Builder {
        /** The text so far, in a plain array: appending a char is then three array stores. */
        private char[] text;
        private int length;
        private int[] start;
        private int[] end;
        private final int sourceLength;

        public Builder(int sourceLength) {
            this.sourceLength = sourceLength;
            int capacity = Math.max(16, sourceLength);
            this.text = new char[capacity];
            this.start = new int[capacity];
            this.end = new int[capacity];
        }

        public Builder append(char c, int srcStart, int srcEnd) {
            int i = length;
            if (i == start.length) {
                text = java.util.Arrays.copyOf(text, i * 2);
                start = java.util.Arrays.copyOf(start, i * 2);
                end = java.util.Arrays.copyOf(end, i * 2);
            }
            text[i] = c;
            start[i] = srcStart;
            end[i] = srcEnd;
            length = i + 1;
            return this;
        }

        public int length() {
            return length;
        }

        public char charAt(int i) {
            if (i >= length) throw new StringIndexOutOfBoundsException(i);
            return text[i];
        }

        public int sourceStart(int plainIndex) {
            return start[plainIndex];
        }

        public char lastChar() {
            return length == 0 ? '\n' : text[length - 1];
        }

        public NormalizedText build() {
            return new NormalizedText(new String(text, 0, length), java.util.Arrays.copyOf(start, length),
                    java.util.Arrays.copyOf(end, length), sourceLength);
        }
    }
}
