package dev.clauselint.core.model;

/** The two sides of an AI services contract, as the playbook sees them. */
public enum Party {
    /** The provider of the AI service: "we", "Stability", "Provider", "Company". */
    VENDOR,
    /** The party signing up: "you", "Customer", "User". */
    CUSTOMER
}
