package org.soptrack.core.domain.tenancy;

/** Why an invitation could not be accepted. */
public enum AcceptRefusal { INVALID_TOKEN, EXPIRED, ALREADY_ACCEPTED, REVOKED, WRONG_EMAIL }
