package org.soptrack.core.domain.tenancy;

/** Where an invitation stands; EXPIRED is never stored, it is what a pending invitation is after its expiry. */
public enum InvitationStatus { PENDING, ACCEPTED, REVOKED, EXPIRED }
