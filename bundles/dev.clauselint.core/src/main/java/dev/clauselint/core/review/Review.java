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
 * @param provisional whether this is a quick review of an edited paragraph
 *                    ({@link Reviewer#reviewEdit}), to be replaced by a full review
 */
public record Review(ContractDocument document, List<Finding> findings, RiskScore score, List<String> problems,
                     boolean provisional) {

    public Review(ContractDocument document, List<Finding> findings, RiskScore score, List<String> problems) {
        this(document, findings, score, problems, false);
    }
}
