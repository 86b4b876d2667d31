package dev.clauselint.core.read;

import dev.clauselint.core.model.Block;
import dev.clauselint.core.model.NormalizedText;

import java.util.List;

/** What a format reader hands to structure analysis: the plain text and the blocks it saw. */
public record ReadResult(NormalizedText plain, List<Block> blocks) {
}
