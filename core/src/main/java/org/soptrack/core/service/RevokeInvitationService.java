package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Revokes an invitation that is still pending, within the rooftops of an administrator limited to some. */
public final class RevokeInvitationService implements RevokeInvitationUseCase {

    private final UseCaseContext ctx;
    private final InvitationRepository invitations;

    RevokeInvitationService(UseCaseContext ctx, InvitationRepository invitations) {
        this.ctx = ctx;
        this.invitations = invitations;
    }

    @Override
    public Outcome<Invitation> revoke(Command command) {
        return ctx.authorized(command.actor(), Permission.INVITATION_MANAGE, access -> {
            Optional<Invitation> found = invitations.find(command.actor().tenantId(), command.invitationId())
                    .filter(i -> access.scope().includes(i.state().rooftops()));
            if (found.isEmpty()) {
                return Outcome.notFound("invitation");
            }
            Invitation invitation = found.get();
            if (!access.mayAssign(invitation.role())) {
                return Outcome.forbidden("You may not revoke an invitation as " + invitation.role());
            }
            if (!invitation.revoke(ctx.now())) {
                return Outcome.rejected("invitation-not-pending", "Only a pending invitation can be revoked");
            }
            if (invitations.update(invitation.tenantId(), invitation) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("invitation");
            }
            ctx.audit.record(invitation.tenantId(), access.actor(), AuditAction.INVITATION_REVOKED,
                    "invitation:" + invitation.id(), Map.of());
            return Outcome.ok(invitation);
        });
    }
}
