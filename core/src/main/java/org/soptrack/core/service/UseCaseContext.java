package org.soptrack.core.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.TransactionPort;

/**
 * What every use case shares: one transaction per call, the access guard, the clock, ids and the audit log.
 * Anything but an {@link Outcome.Ok} rolls the transaction back, so a refused command never writes half of itself.
 */
final class UseCaseContext {

    private final TransactionPort transactions;
    private final AccessGuard guard;
    private final ClockPort clock;
    private final IdPort ids;
    final Audit audit;

    /** The refusal code of a business change while the organization is read-only (cancelled). */
    static final String READ_ONLY = BillingUseCase.READ_ONLY;

    UseCaseContext(TransactionPort transactions, MemberRepository members, OrganizationRepository organizations,
                   OperatorAccessGrantRepository grants,
                   SessionRepository sessions, SessionPolicy sessionPolicy, AuditLogRepository auditLog,
                   ClockPort clock, IdPort ids) {
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.audit = new Audit(auditLog, clock, ids);
        this.guard = new AccessGuard(members, organizations, grants, sessions, sessionPolicy, audit);
    }

    /** The answer to a caller whose token no longer counts: removed, logged out or expired. */
    static <T> Outcome<T> signedOut() {
        return Outcome.rejected(CurrentMemberUseCase.SIGNED_OUT, "You are no longer signed in; log in again");
    }

    /** Runs {@code work} in the actor's tenant if the actor holds {@code permission}; otherwise Forbidden. */
    <T> Outcome<T> authorized(Actor actor, Permission permission, Function<Access.Granted, Outcome<T>> work) {
        return inTenant(actor.tenantId(), () -> {
            Access access = guard.check(actor, permission, now());
            if (access instanceof Access.Denied denied) {
                return switch (denied.why()) {
                    case SIGNED_OUT -> signedOut();
                    case READ_ONLY -> Outcome.rejected(READ_ONLY, denied.reason());
                    case NOT_PERMITTED -> Outcome.forbidden(denied.reason());
                };
            }
            return work.apply((Access.Granted) access);
        });
    }

    /** Runs {@code work} for the member as stored, whatever their role, if they are still signed in. */
    <T> Outcome<T> signedIn(MemberActor actor, Function<Member, Outcome<T>> work) {
        return inTenant(actor.tenantId(), () -> guard.current(actor, now()).map(work)
                .orElseGet(UseCaseContext::signedOut));
    }

    /** Runs {@code work} in one transaction for {@code tenant}; rolls back unless it returns Ok. */
    <T> Outcome<T> inTenant(TenantId tenant, Supplier<Outcome<T>> work) {
        try {
            return transactions.inTenant(tenant, () -> {
                Outcome<T> outcome;
                try {
                    outcome = work.get();
                } catch (InvalidValueException e) {
                    outcome = Outcome.invalid(e.field(), e.reason());
                }
                if (!outcome.isOk()) {
                    throw new Abort(outcome);
                }
                return outcome;
            });
        } catch (Abort abort) {
            @SuppressWarnings("unchecked")
            Outcome<T> outcome = (Outcome<T>) abort.outcome;
            return outcome;
        }
    }

    /** The answer when {@code what} changed since the actor read it (a stale version). */
    static <T> Outcome<T> stale(String what) {
        return Outcome.conflict("The " + what + " was changed by someone else; reload it");
    }

    Instant now() {
        return clock.now();
    }

    UUID newId() {
        return ids.newId();
    }

    /** Carries a non-Ok outcome out of the transaction so that it rolls back. */
    private static final class Abort extends RuntimeException {
        private final transient Outcome<?> outcome;

        Abort(Outcome<?> outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
