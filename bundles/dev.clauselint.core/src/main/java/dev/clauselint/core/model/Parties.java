package dev.clauselint.core.model;

import java.util.List;

/**
 * Who the contract's parties are and how the text names them, so rules can tell
 * "we may use your content" (vendor acting) from "you may use the Output" (customer acting).
 *
 * @param vendorNames   capitalised names the text uses for the vendor ("Anthropic", "Provider"); the
 *                      pronouns we/us/our are always vendor names and are not listed
 * @param customerNames capitalised names for the customer ("Customer", "User"); you/your always are
 * @param names         how to write each party in replacement wording
 */
public record Parties(List<String> vendorNames, List<String> customerNames, DocumentNames names) {
}
