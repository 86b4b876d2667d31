package dev.clauselint.core.compare;

import java.util.List;

/**
 * A provision whose wording changed beyond noise.
 *
 * @param before       the old provision, or null when it is new
 * @param after        the new provision, or null when it was removed
 * @param wordsChanged how many words were removed or added (spelling fixes and moved sentences excluded)
 * @param removed      the old sentences the new version has nowhere
 * @param added        the new sentences the old version had nowhere
 */
public record ProvisionEdit(Provision before, Provision after, int wordsChanged, List<Provision.Clause> removed,
                            List<Provision.Clause> added) {

    /** The old heading, or null. */
    public String headingBefore() {
        return before == null ? null : before.heading();
    }

    /** The new heading, or null. */
    public String headingAfter() {
        return after == null ? null : after.heading();
    }
}
