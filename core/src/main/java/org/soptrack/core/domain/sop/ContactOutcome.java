package org.soptrack.core.domain.sop;

/** What came of a contact attempt. */
public enum ContactOutcome { REACHED, VOICEMAIL, NO_ANSWER, WRONG_NUMBER }
