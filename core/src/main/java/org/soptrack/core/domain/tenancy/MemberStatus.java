package org.soptrack.core.domain.tenancy;

/** Whether a member can still act in the organization. */
public enum MemberStatus { ACTIVE, REMOVED }
