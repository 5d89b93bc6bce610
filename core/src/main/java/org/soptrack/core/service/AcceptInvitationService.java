package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationToken;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.TokenPort;
import org.soptrack.core.port.out.UpdateResult;

/** Accepts an invitation once, before it expires, for the invited e-mail address only. */
public final class AcceptInvitationService implements AcceptInvitationUseCase {

    private final UseCaseContext ctx;
    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final TokenPort tokens;
    private final NewPasswords passwords;

    AcceptInvitationService(UseCaseContext ctx, InvitationRepository invitations, MemberRepository members,
                            TokenPort tokens, NewPasswords passwords) {
        this.ctx = ctx;
        this.invitations = invitations;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @Override
    public Outcome<Member> accept(Command command) {
        Optional<InvitationToken> token = InvitationToken.parse(command.token());
        if (token.isEmpty()) {
            return invalidToken();
        }
        InvitationToken t = token.get();
        Optional<String> weak = passwords.problem(command.password());
        if (weak.isPresent()) {
            return Outcome.invalid("password", weak.get());
        }
        return ctx.inTenant(t.tenantId(), () -> {
            Optional<Invitation> found = invitations.find(t.tenantId(), t.invitationId());
            if (found.isEmpty()) {
                return invalidToken();
            }
            Invitation invitation = found.get();
            Invitation.Acceptance acceptance = invitation.accept(tokens.hash(t.secret()), command.email(),
                    MemberId.of(ctx.newId()), command.displayName(), ctx.now());
            if (acceptance instanceof Invitation.Refused refused) {
                return Outcome.rejected("invitation-" + refused.reason().name().toLowerCase().replace('_', '-'),
                        "The invitation cannot be accepted: " + refused.reason());
            }
            if (members.findActiveByEmail(t.tenantId(), command.email()).isPresent()) {
                return Outcome.rejected("already-member", "You are already a member of this organization");
            }
            if (invitations.update(t.tenantId(), invitation) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("invitation");
            }
            Member member = ((Invitation.Accepted) acceptance).member();
            members.add(t.tenantId(), member);
            passwords.store(t.tenantId(), member.id(), command.password(), ctx.now());
            ctx.audit.record(t.tenantId(), ActorRef.member(member.id()), AuditAction.INVITATION_ACCEPTED,
                    "invitation:" + invitation.id(), Map.of("role", member.role().name()));
            return Outcome.ok(member);
        });
    }

    private static Outcome<Member> invalidToken() {
        return Outcome.rejected("invitation-invalid-token", "The invitation cannot be accepted: INVALID_TOKEN");
    }
}
