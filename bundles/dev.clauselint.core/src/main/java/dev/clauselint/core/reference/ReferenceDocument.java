package dev.clauselint.core.reference;

/**
 * One contract of a reference set, reduced to facts: no text of it is kept.
 *
 * @param name  short display name, unique in the set (the vendor, e.g. "anthropic")
 * @param file  the file it was read from, relative to the folder given
 * @param score its risk score, 0-100
 * @param grade its grade, A-E
 */
public record ReferenceDocument(String name, String file, int score, char grade) {
}
