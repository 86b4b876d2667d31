package dev.clauselint.core.model;

import java.util.List;

/**
 * A heading and everything under it up to the next heading of the same or a higher rank.
 *
 * @param index     position in {@link ContractDocument#sections()}
 * @param number    the heading's number as written ("3", "3.1", "A.2", "iv"), or "" when unnumbered
 * @param title     the heading text without its number
 * @param heading   plain range of the heading text
 * @param extent    plain range from the heading to the end of the section's last block
 * @param rank      nesting depth: 1 for top-level sections
 * @param parent    index of the enclosing section, or -1
 * @param children  indexes of the direct subsections
 * @param lastBlock index of the last block inside the section (its own or a subsection's)
 */
public record Section(int index, String number, String title, Span heading, Span extent, int rank, int parent,
                      List<Integer> children, int lastBlock) {
}
