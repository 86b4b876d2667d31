package dev.clauselint.core.read;

/** Turns one source format into plain text with a source map, split into blocks. */
public interface FormatReader {
    ReadResult read(String source);
}
