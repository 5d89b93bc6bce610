package org.soptrack.core.domain.retention;

import static org.soptrack.core.domain.audit.AuditAction.ACCOUNT_LOCKED;
import static org.soptrack.core.domain.audit.AuditAction.DEVICE_REVOKED;
import static org.soptrack.core.domain.audit.AuditAction.DEVICE_TRUSTED;
import static org.soptrack.core.domain.audit.AuditAction.LOGIN_FAILED;
import static org.soptrack.core.domain.audit.AuditAction.LOGIN_REFUSED_LOCKED;
import static org.soptrack.core.domain.audit.AuditAction.LOGIN_SUCCEEDED;
import static org.soptrack.core.domain.audit.AuditAction.OPERATOR_ACCESS_CLOSED;
import static org.soptrack.core.domain.audit.AuditAction.OPERATOR_ACCESS_OPENED;
import static org.soptrack.core.domain.audit.AuditAction.OPERATOR_ACCESS_USED;
import static org.soptrack.core.domain.audit.AuditAction.PASSWORD_RESET;
import static org.soptrack.core.domain.audit.AuditAction.PASSWORD_RESET_REQUESTED;
import static org.soptrack.core.domain.audit.AuditAction.REAUTHENTICATION_FAILED;
import static org.soptrack.core.domain.audit.AuditAction.REFRESH_TOKEN_REUSED;
import static org.soptrack.core.domain.audit.AuditAction.SECOND_FACTOR_FAILED;
import static org.soptrack.core.domain.audit.AuditAction.SECOND_FACTOR_PASSED;
import static org.soptrack.core.domain.audit.AuditAction.SECOND_FACTOR_REQUESTED;
import static org.soptrack.core.domain.audit.AuditAction.SESSION_ENDED;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.soptrack.core.domain.audit.AuditAction;

/**
 * The categories of data a retention rule covers (SPEC §6): what the data is, the event its clock starts from, the
 * default period and action, and whether an organization may choose a shorter period for itself.
 */
public enum RetentionCategory {

    SECURITY_LOG("security log (logins, IPs, MFA events, e-mailed account links)",
            "the event; for a session, its end or last use",
            RetentionPeriod.days(180), RetentionAction.DELETE, true,
            EnumSet.of(LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, LOGIN_REFUSED_LOCKED, SECOND_FACTOR_REQUESTED,
                    SECOND_FACTOR_PASSED, SECOND_FACTOR_FAILED, DEVICE_TRUSTED, DEVICE_REVOKED,
                    REAUTHENTICATION_FAILED, SESSION_ENDED, REFRESH_TOKEN_REUSED, PASSWORD_RESET_REQUESTED,
                    PASSWORD_RESET)),
    MFA_CODES("MFA one-time codes", "the code was sent", RetentionPeriod.of(Duration.ofMinutes(10)),
            RetentionAction.DELETE, false, Set.of()),
    TRUSTED_DEVICES("trusted devices", "the last use; a revoked device goes at once", RetentionPeriod.days(90),
            RetentionAction.DELETE, true, Set.of()),
    INACTIVE_MEMBERS("inactive member accounts (name, e-mail address, password, second factor, sessions, devices)",
            "the last sign-in, or joining for a member who never signed in; an active owner is never anonymized",
            RetentionPeriod.days(180), RetentionAction.ANONYMIZE, true, Set.of()),
    DELETED_MEMBERS("member account after a deletion request", "the member asked for the account to be deleted",
            RetentionPeriod.days(30), RetentionAction.DELETE, true, Set.of()),
    TENANT_DATA("tenant business data (SOPs, customers, vehicles, notes, contact attempts, notification log), then "
            + "rooftops, settings and invitations, and member accounts are anonymized",
            "the subscription was cancelled or the trial lapsed (the grace period; reactivating inside it restores "
                    + "everything); when owners ask for the deletion there is no grace period: it goes once the "
                    + "cooling-off period after their request has passed",
            RetentionPeriod.days(90), RetentionAction.DELETE, false, Set.of()),
    BILLING_RECORDS("billing records", "the billing event occurred (kept after a purge)",
            RetentionPeriod.years(7), RetentionAction.DELETE, false, Set.of()),
    OPERATOR_AUDIT("operator-access audit log", "the grant closed or expired; each use, when it happened",
            RetentionPeriod.years(2), RetentionAction.DELETE, false,
            EnumSet.of(OPERATOR_ACCESS_OPENED, OPERATOR_ACCESS_CLOSED, OPERATOR_ACCESS_USED)),
    DELIVERY_LOG("notification delivery log", "the message was delivered or given up", RetentionPeriod.days(90),
            RetentionAction.DELETE, true, Set.of()),
    PUBLIC_REQUESTS("demo and support requests (public forms) with the operators' replies", "the request arrived",
            RetentionPeriod.years(1), RetentionAction.DELETE, false, Set.of()),
    PLATFORM_AUDIT("platform audit log (operators' replies to public requests, incidents recorded)",
            "the entry was written", RetentionPeriod.years(2), RetentionAction.DELETE, false, Set.of()),
    INCIDENTS("security incident records (what happened, when it was found, the organizations, rooftops and kinds "
            + "of data it touched, when each organization's owners were told)", "the incident was recorded",
            RetentionPeriod.years(5), RetentionAction.DELETE, false, Set.of());

    private final String data;
    private final String clockStarts;
    private final RetentionPeriod defaultPeriod;
    private final RetentionAction action;
    private final boolean perOrganization;
    private final Set<AuditAction> auditActions;

    RetentionCategory(String data, String clockStarts, RetentionPeriod defaultPeriod, RetentionAction action,
                      boolean perOrganization, Set<AuditAction> auditActions) {
        this.data = data;
        this.clockStarts = clockStarts;
        this.defaultPeriod = defaultPeriod;
        this.action = action;
        this.perOrganization = perOrganization;
        this.auditActions = auditActions.isEmpty() ? Set.of() : Set.copyOf(auditActions);
    }

    /** The data, in the words of a privacy policy. */
    public String data() {
        return data;
    }

    /** The event the retention clock starts from. */
    public String clockStarts() {
        return clockStarts;
    }

    public RetentionPeriod defaultPeriod() {
        return defaultPeriod;
    }

    public RetentionAction action() {
        return action;
    }

    /** True if an organization may keep this data for less time than the deployment does. */
    public boolean perOrganization() {
        return perOrganization;
    }

    /** True for the platform's own data, which belongs to no organization and is swept once, not per organization. */
    public boolean platform() {
        return this == PUBLIC_REQUESTS || this == PLATFORM_AUDIT || this == INCIDENTS;
    }

    /** The audit-log entries that belong to this category rather than to the organization's general audit log. */
    public Set<AuditAction> auditActions() {
        return auditActions;
    }
}
