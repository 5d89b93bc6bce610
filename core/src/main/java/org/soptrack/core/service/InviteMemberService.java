package org.soptrack.core.service;

import java.time.Duration;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.InvitationToken;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.TokenPort;

/** Issues an invitation: a random token for the e-mail, only its hash stored, valid for a set time. */
public final class InviteMemberService implements InviteMemberUseCase {

    private final UseCaseContext ctx;
    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final RooftopRepository rooftops;
    private final TokenPort tokens;
    private final Duration validity;
    private final AccountMessages messages;

    InviteMemberService(UseCaseContext ctx, InvitationRepository invitations, MemberRepository members,
                        RooftopRepository rooftops, TokenPort tokens, Duration validity,
                        AccountMessages messages) {
        this.ctx = ctx;
        this.invitations = invitations;
        this.members = members;
        this.rooftops = rooftops;
        this.tokens = tokens;
        this.validity = validity;
        this.messages = messages;
    }

    @Override
    public Outcome<Issued> invite(Command command) {
        TenantId tenant = command.actor().tenantId();
        return ctx.authorized(command.actor(), Permission.INVITATION_MANAGE, access -> {
            if (!access.mayAssign(command.role())) {
                return Outcome.forbidden("You may not invite someone as " + command.role());
            }
            var scopeProblem = RooftopChecks.<Issued>assignable(rooftops, tenant, access.scope(), command.rooftops());
            if (scopeProblem.isPresent()) {
                return scopeProblem.get();
            }
            if (members.findActiveByEmail(tenant, command.email()).isPresent()) {
                return Outcome.rejected("already-member", "Someone with this e-mail address is already a member");
            }
            byte[] secret = tokens.newSecret(InvitationToken.SECRET_BYTES);
            InvitationId id = new InvitationId(ctx.newId());
            Invitation invitation = Invitation.create(id, tenant, command.email(), command.role(), command.rooftops(),
                    tokens.hash(secret), access.actor(), ctx.now(), validity);
            invitations.add(tenant, invitation);
            ctx.audit.record(tenant, access.actor(), AuditAction.MEMBER_INVITED, "invitation:" + id,
                    Map.of("role", command.role().name()));
            String token = new InvitationToken(tenant, id, secret).encode();
            messages.invitation(tenant, id, command.email(), command.role(), ctx.now().plus(validity), token);
            return Outcome.ok(new Issued(invitation, token));
        });
    }
}
