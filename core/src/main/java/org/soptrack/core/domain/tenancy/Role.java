package org.soptrack.core.domain.tenancy;

/** The role of a member inside one organization (R-TEN-3). */
public enum Role {
    OWNER, ADMIN, PARTS_MANAGER, ADVISOR, BDC, VIEWER;

    /** Whether a member with this role may give {@code target} to someone, or change someone who has it. */
    public boolean mayAssign(Role target) {
        return this == OWNER || (this == ADMIN && target != OWNER);
    }
}
