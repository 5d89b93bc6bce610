package org.soptrack.core.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.PersonalDataRepository;
import org.soptrack.core.port.out.SubjectRequestRepository;
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
    private final SubjectRequestRepository requests;
    private final PersonalDataRepository personalData;
    private final LegalHoldRepository holds;

    CloseAccountService(UseCaseContext ctx, CorePorts ports, Reauthentication reauthentication,
                        SignInSessions sessions, AccountMessages messages, RetentionPolicy policy) {
        this.ctx = ctx;
        this.members = ports.members();
        this.requests = ports.subjectRequests();
        this.personalData = ports.personalData();
        this.holds = ports.legalHolds();
        this.reauthentication = reauthentication;
        this.sessions = sessions;
        this.messages = messages;
        this.policy = policy;
    }

    @Override
    public Outcome<Closed> requestDeletion(MemberActor actor, Optional<Password> currentPassword) {
        return reauthentication.confirmed(actor, currentPassword, "to close an account that has a password",
                (member, proof) -> close(actor, member, proof == Reauthentication.Proof.PASSWORD_AGAIN
                        ? "The member entered their password again"
                        : "The member is signed in through the identity provider"));
    }

    private Outcome<Closed> close(MemberActor actor, Member member, String verification) {
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
        recordErasure(actor, member, verification, deletedFrom);
        messages.accountClosed(member, deletedFrom);
        return Outcome.ok(new Closed(now, deletedFrom));
    }

    /**
     * Closing an account is the member's erasure request (R-DSR-4): it is recorded as a completed request, the traces of
     * the member's address elsewhere (invitations, messages, notification logs, routing lists; billing records are
     * restricted) go now unless a legal hold keeps them, and the erasure is logged so a restore cannot bring them back.
     * The account row and its sign-in data go when the retention period for closed accounts ends.
     */
    private void recordErasure(MemberActor actor, Member member, String verification, Instant deletedFrom) {
        TenantId tenant = member.tenantId();
        Instant now = ctx.now();
        DataSubject subject = DataSubject.member(member.id().value());
        SubjectRequest request = SubjectRequest.fromMember(new SubjectRequestId(ctx.newId()), tenant,
                RequestType.ERASURE, member.id().value(), member.email(), verification, actor.ref(), now);
        String deletes = "The account closed; its name, e-mail address and sign-in data are deleted on "
                + deletedFrom.atOffset(ZoneOffset.UTC).toLocalDate() + ".";
        if (LegalHolds.inForceOn(holds, tenant, subject).isPresent()) {
            request.complete(deletes + " A legal hold keeps the other records naming the address for now.",
                    actor.ref(), now);
        } else {
            ErasureResult result = personalData.erase(tenant, subject, now);
            personalData.recordErasure(tenant, new ErasureRecord(ctx.newId(), tenant, subject,
                    Optional.of(request.id()), now));
            request.complete(deletes + " " + result.total() + " other records naming the address were erased now.",
                    actor.ref(), now);
        }
        requests.add(tenant, request);
    }
}
