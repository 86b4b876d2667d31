package dev.clauselint.lsp.cli;

import dev.clauselint.core.review.Finding;
import dev.clauselint.core.review.RiskScore;
import dev.clauselint.lsp.PositionMapper;

import java.util.List;

/**
 * One reviewed file as the reports need it.
 *
 * @param path     the path as the user gave it (or as found under a directory they gave)
 * @param findings sorted by position
 * @param score    the review's risk score
 * @param mapper   offsets to line/character over the decoded text (a BOM counts as one character)
 */
record FileReview(String path, List<Finding> findings, RiskScore score, PositionMapper mapper) {
}
