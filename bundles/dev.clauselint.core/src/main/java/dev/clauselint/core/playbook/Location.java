package dev.clauselint.core.playbook;

/** Where something sits in a playbook file (1-based line and column), for error messages. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
