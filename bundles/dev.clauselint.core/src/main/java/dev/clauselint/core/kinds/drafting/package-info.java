/**
 * Drafting checks: a contract is code and should "compile". These {@link dev.clauselint.core.kinds.DocumentCheck}s
 * look at the document's symbols (defined terms) and cross-references (section, schedule and exhibit
 * numbers) rather than at the risk of single clauses: a term used but never defined, a definition nobody
 * uses, a term defined twice, a reference to a section the document does not have.
 *
 * <p>Real terms of service are scraped web pages, concatenations of several documents and full of
 * references to statutes, so every check here prefers silence to a doubtful finding: each one states in
 * its Javadoc what it guarantees and which cases it deliberately leaves alone.
 */
package dev.clauselint.core.kinds.drafting;
