package org.soptrack.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.PermissionMatrix;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.SessionRepository;

/**
 * Decides whether an actor may use a permission now. Members are re-read, so removal and role changes count at once,
 * and a token naming a session that has ended (logout, removal) counts as signed out;
 * operators need an active grant whose scope allows the permission, and every use of a grant is audited (R-TEN-5).
 */
final class AccessGuard {

    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final OperatorAccessGrantRepository grants;
    private final SessionRepository sessions;
    private final SessionPolicy sessionPolicy;
    private final Audit audit;

    AccessGuard(MemberRepository members, OrganizationRepository organizations,
                OperatorAccessGrantRepository grants, SessionRepository sessions,
                SessionPolicy sessionPolicy, Audit audit) {
        this.members = members;
        this.organizations = organizations;
        this.grants = grants;
        this.sessions = sessions;
        this.sessionPolicy = sessionPolicy;
        this.audit = audit;
    }

    /** Must run inside the actor's tenant transaction. */
    Access check(Actor actor, Permission permission, Instant now) {
        if (actor instanceof MemberActor m) {
            return current(m, now).map(member -> whileReadOnly(actor, permission, allow(m, member, permission)))
                    .orElseGet(() -> new Access.Denied("Not signed in as an active member of this organization",
                            Access.Why.SIGNED_OUT));
        }
        return checkOperator((OperatorActor) actor, permission, now);
    }

    /** Refuses business changes while the organization is read-only (cancelled, or being purged). */
    private Access whileReadOnly(Actor actor, Permission permission, Access access) {
        if (access instanceof Access.Granted && permission.changesBusiness()
                && organizations.find(actor.tenantId()).filter(Organization::readOnly).isPresent()) {
            return new Access.Denied("The subscription is cancelled: the organization is read-only until it is "
                    + "reactivated", Access.Why.READ_ONLY);
        }
        return access;
    }

    /**
     * The member as stored, if still active and, for a token naming a session, that session is still usable (not
     * logged out, not ended by removal, not expired). Must run inside the actor's tenant transaction.
     */
    Optional<Member> current(MemberActor actor, Instant now) {
        boolean signedIn = actor.session().map(id -> sessions.find(actor.tenantId(), id)
                .filter(s -> s.memberId().equals(actor.memberId()) && s.usableAt(now, sessionPolicy))
                .isPresent()).orElse(true);
        if (!signedIn) {
            return Optional.empty();
        }
        return members.find(actor.tenantId(), actor.memberId()).filter(Member::isActive);
    }

    private Access allow(MemberActor actor, Member current, Permission permission) {
        if (!PermissionMatrix.allows(current.role(), permission)) {
            return new Access.Denied("Role " + current.role() + " may not " + permission, Access.Why.NOT_PERMITTED);
        }
        if (!PermissionMatrix.permissionsOf(current.role(), current.rooftops()).contains(permission)) {
            return new Access.Denied("This concerns the whole organization: it needs a member who is not limited to "
                    + "some rooftops", Access.Why.NOT_PERMITTED);
        }
        return new Access.Granted(actor.ref(), Optional.of(current.role()), current.rooftops(),
                PermissionMatrix.permissionsOf(current.role()));
    }

    private Access checkOperator(OperatorActor actor, Permission permission, Instant now) {
        List<OperatorAccessGrant> active = grants.findActive(actor.tenantId(), actor.operatorId(), now);
        if (active.isEmpty()) {
            return new Access.Denied("No active access grant for this organization", Access.Why.NOT_PERMITTED);
        }
        Optional<OperatorAccessGrant> usable = active.stream().filter(g -> g.scope().allows(permission)).findFirst();
        if (usable.isEmpty()) {
            return new Access.Denied("The access grant does not allow " + permission, Access.Why.NOT_PERMITTED);
        }
        OperatorAccessGrant grant = usable.get();
        audit.record(actor.tenantId(), actor.ref(), AuditAction.OPERATOR_ACCESS_USED, "grant:" + grant.id(),
                Map.of("permission", permission.name()));
        return whileReadOnly(actor, permission, new Access.Granted(actor.ref(), Optional.empty(),
                RooftopScope.allRooftops(), grant.scope().permissions()));
    }
}
