package dev.clauselint.core.reference;

import java.util.Map;

/**
 * Which missing-provision rule stands for the protection that answers a risky clause. A contract
 * "offers the protection" when that {@code missing.*} rule is not reported on it: e.g. a vendor
 * that may train on inputs, set against a vendor that promises not to.
 *
 * <p>Only clear opposites are paired. A clause with no protection in the catalog that answers it
 * (an arbitration clause, a feedback licence) has none, and its reference facts say so.
 */
public final class Protections {
    private static final Map<String, String> OPPOSITE = Map.of(
            "data.training-on-inputs", "missing.no-training-commitment",
            "data.training-opt-out", "missing.no-training-commitment",
            "data.deletion-at-vendor-discretion", "missing.data-deletion",
            "data.third-party-sharing", "missing.dpa",
            "ip.output-ownership-limited", "missing.output-ownership",
            "liability.one-way-indemnity", "missing.ip-indemnity",
            "change.service-without-notice", "missing.deprecation-notice",
            "warranty.as-is", "missing.sla");

    private Protections() {
    }

    /** The {@code missing.*} rule whose absence means the contract protects against {@code clauseRule}, or null. */
    public static String answering(String clauseRule) {
        return OPPOSITE.get(clauseRule);
    }

    /** Every pair, risky clause to protection, for tests and documentation. */
    public static Map<String, String> all() {
        return OPPOSITE;
    }
}
