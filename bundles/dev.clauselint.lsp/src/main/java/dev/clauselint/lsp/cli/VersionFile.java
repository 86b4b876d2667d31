package dev.clauselint.lsp.cli;

import dev.clauselint.core.model.ContractDocument;
import dev.clauselint.core.read.ContractReader;
import dev.clauselint.core.read.UnreadableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads one version of a contract from a file, or says in one line why it cannot. */
public final class VersionFile {
    /** Why a version could not be read; the message names the file. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private VersionFile() {
    }

    public static ContractDocument read(String display) throws Unreadable {
        Path path;
        try {
            path = Path.of(display);
        } catch (InvalidPathException e) {
            throw new Unreadable(display + ": invalid path: " + e.getReason());
        }
        return read(path, display);
    }

    public static ContractDocument read(Path path, String display) throws Unreadable {
        if (!Files.exists(path)) throw new Unreadable(display + ": no such file");
        if (Files.isDirectory(path)) throw new Unreadable(display + ": is a directory; give the file of one version");
        try {
            long size = Files.size(path);
            if (size > (long) ContractReader.DEFAULT_MAX_CHARS * 4) {
                throw new Unreadable(display + ": file too large to compare (" + size / (1024 * 1024) + " MB)");
            }
            Path name = path.getFileName();
            return new ContractReader().read(Files.readAllBytes(path), name == null ? display : name.toString());
        } catch (UnreadableInputException e) {
            throw new Unreadable(display + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Unreadable(display + ": cannot read: " + CheckCommand.describe(e));
        } catch (OutOfMemoryError e) {
            throw new Unreadable(display + ": not enough memory to read this file");
        }
    }
}
