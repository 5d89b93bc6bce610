package org.soptrack.core.port.out;

/** What an optimistic update did: stored, or found another version (or nothing) in the tenant and changed nothing. */
public enum UpdateResult { UPDATED, CONFLICT }
