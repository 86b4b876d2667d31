package dev.clauselint.core.review;

import dev.clauselint.core.model.ContractDocument;

import java.util.List;

/**
 * The outcome of reviewing one document.
 *
 * @param document the parsed contract
 * @param findings in document order
 * @param score    risk score and grade
 * @param problems rules that failed or ran out of time on this document, for the log
 */
public record Review(ContractDocument document, List<Finding> findings, RiskScore score, List<String> problems) {
}
