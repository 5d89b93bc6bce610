package org.soptrack.core.domain.audit;

/** The security-relevant actions recorded in the audit log (R-AUD-1). */
public enum AuditAction {
    ORGANIZATION_SIGNED_UP,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ROOFTOP_CREATED,
    ROOFTOP_CHANGED,
    MEMBER_INVITED,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    MEMBER_REMOVED,
    ROLE_CHANGED,
    OPERATOR_ACCESS_OPENED,
    OPERATOR_ACCESS_CLOSED,
    OPERATOR_ACCESS_USED,
    PART_KEPT_PAST_DEADLINE
}
