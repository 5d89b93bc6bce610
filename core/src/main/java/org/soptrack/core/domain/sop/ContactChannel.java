package org.soptrack.core.domain.sop;

/** How a customer was or may be contacted. */
public enum ContactChannel { CALL, SMS, EMAIL }
