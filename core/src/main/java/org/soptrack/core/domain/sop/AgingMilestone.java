package org.soptrack.core.domain.sop;

/** The points a shelved part passes as it ages; each raises one notification. */
public enum AgingMilestone { AGING_THRESHOLD, RETURN_DEADLINE_NEAR, RETURN_DEADLINE_PASSED }
