package dev.clauselint.core.review;

import java.util.List;

/**
 * A quick fix: edits to the source that resolve a finding.
 *
 * @param title         what the editor shows ("Replace with: ...")
 * @param alternativeId the playbook alternative it comes from
 * @param edits         source edits, non-overlapping
 */
public record Fix(String title, String alternativeId, List<TextEdit> edits) {
}
