package dev.clauselint.core.compare;

/**
 * A provision of the old version and its counterpart in the new one. One side is null when the
 * provision was added or removed.
 */
public record ProvisionMatch(Provision before, Provision after) {
}
