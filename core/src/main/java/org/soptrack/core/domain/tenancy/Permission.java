package org.soptrack.core.domain.tenancy;

import java.util.EnumSet;
import java.util.Set;

/** What an actor may do; roles and operator grants are sets of these (see {@link PermissionMatrix}). */
public enum Permission {
    ROOFTOP_READ,
    SOP_READ,
    SOP_CREATE,
    SOP_EDIT,
    SOP_TRANSITION,
    SOP_MARK_CUSTOMER_NOTIFIED,
    CUSTOMER_CONTACT_READ,
    CUSTOMER_MANAGE,
    CONTACT_ATTEMPT_LOG,
    /** Writing notes on special orders and customers. */
    NOTE_WRITE,
    ROOFTOP_MANAGE,
    SETTINGS_MANAGE,
    MEMBER_READ,
    MEMBER_MANAGE,
    INVITATION_MANAGE,
    AUDIT_READ,
    OPERATOR_ACCESS_REVIEW,
    ORGANIZATION_MANAGE,
    /** Legal holds, retention reports and data-subject requests. */
    PRIVACY_MANAGE;

    private static final Set<Permission> ORGANIZATION_WIDE = EnumSet.of(AUDIT_READ, OPERATOR_ACCESS_REVIEW,
            ORGANIZATION_MANAGE, PRIVACY_MANAGE);

    private static final Set<Permission> BUSINESS_CHANGES = EnumSet.of(SOP_CREATE, SOP_EDIT, SOP_TRANSITION,
            SOP_MARK_CUSTOMER_NOTIFIED, CUSTOMER_MANAGE, CONTACT_ATTEMPT_LOG, NOTE_WRITE, ROOFTOP_MANAGE,
            SETTINGS_MANAGE, INVITATION_MANAGE);

    /**
     * Whether it changes the organization's business (orders, customers, rooftops, settings, new members): what a
     * read-only organization may not do. Reading, exporting, privacy work and removing members stay possible.
     */
    public boolean changesBusiness() {
        return BUSINESS_CHANGES.contains(this);
    }

    /**
     * Whether it reaches the whole organization at once (its audit log, operator grants, subscription and security,
     * data-subject requests, exports, retention and legal holds), so that only a member without a rooftop limit may
     * use it (R-TEN-2): a member limited to some rooftops sees only those rooftops' data.
     */
    public boolean organizationWide() {
        return ORGANIZATION_WIDE.contains(this);
    }
}
