package org.soptrack.core.domain.tenancy;

/**
 * Whether a member can still act in the organization. {@code ANONYMIZED} is a former account whose name and address
 * were replaced after a long absence (retention rule {@code INACTIVE_MEMBERS}); like a removed one it cannot sign in.
 */
public enum MemberStatus { ACTIVE, REMOVED, ANONYMIZED }
