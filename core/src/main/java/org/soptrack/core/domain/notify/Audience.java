package org.soptrack.core.domain.notify;

/** Who a notification event is for, which decides who may switch it off. */
public enum Audience {
    /** Dealership staff; each rooftop's administrators route it to channels, or not at all. */
    STAFF,
    /** One person's own account (codes, invitations, welcome); it cannot be switched off. */
    ACCOUNT,
    /** The platform's operators, at the addresses the deployment configures; no organization's business. */
    OPERATORS,
    /** Someone who wrote through the public form; the operators' answers to them are no organization's business. */
    REQUESTER
}
