package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Closes the signed-in member's account and schedules its deletion. The member is told by e-mail when the account
 * goes; the request is in the organization's audit log.
 */
public final class CloseAccountService implements CloseAccountUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final Reauthentication reauthentication;
    private final SignInSessions sessions;
    private final AccountMessages messages;
    private final RetentionPolicy policy;

    CloseAccountService(UseCaseContext ctx, MemberRepository members, Reauthentication reauthentication,
                        SignInSessions sessions, AccountMessages messages, RetentionPolicy policy) {
        this.ctx = ctx;
        this.members = members;
        this.reauthentication = reauthentication;
        this.sessions = sessions;
        this.messages = messages;
        this.policy = policy;
    }

    @Override
    public Outcome<Closed> requestDeletion(MemberActor actor, Optional<Password> currentPassword) {
        if (!reauthentication.hasPassword(actor)) {
            return ctx.signedIn(actor, member -> close(actor, member));
        }
        if (currentPassword.isEmpty()) {
            return Outcome.invalid("currentPassword", "is required to close an account that has a password");
        }
        return reauthentication.reauthenticated(actor, currentPassword.get(),
                (member, credential) -> close(actor, member));
    }

    private Outcome<Closed> close(MemberActor actor, Member member) {
        if (OwnerChecks.isLastOwner(members, member.tenantId(), member)) {
            return Outcome.rejected(LAST_OWNER,
                    "The last owner cannot close their account; make another member an owner first");
        }
        Instant now = ctx.now();
        Instant deletedFrom = policy.rule(RetentionCategory.DELETED_MEMBERS).period().endsAfter(now);
        member.requestDeletion(now);
        if (members.update(member.tenantId(), member) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("member");
        }
        ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.ACCOUNT_DELETION_REQUESTED,
                "member:" + member.id(), Map.of("role", member.role().name(), "deletedFrom", deletedFrom.toString()));
        sessions.endAll(member.tenantId(), member.id(), Session.EndReason.MEMBER_REMOVED, actor.ref());
        sessions.revokeDevices(member.tenantId(), member.id());
        messages.accountClosed(member, deletedFrom);
        return Outcome.ok(new Closed(now, deletedFrom));
    }
}
