package org.soptrack.postgres;

import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.InvitationStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.TokenHash;

/** Invitations to rows and back. */
final class InvitationMapper {

    private InvitationMapper() {
    }

    static InvitationRow row(TenantId tenant, Invitation invitation) {
        Invitation.State s = invitation.state();
        return new InvitationRow(tenant.value(), s.id().value(), s.email().value(), s.role().name(),
                s.rooftops().all(), MemberMapper.rooftopIds(s.rooftops()), s.tokenHash().hex(),
                s.invitedBy().kind().name(), s.invitedBy().id(), s.createdAt(), s.expiresAt(), s.status().name(),
                Columns.orNull(s.closedAt()), invitation.version());
    }

    static Invitation invitation(InvitationRow row) {
        return Invitation.reconstitute(new Invitation.State(new InvitationId(row.id()),
                TenantId.of(row.organizationId()), Email.of(row.email()), Role.valueOf(row.role()),
                MemberMapper.scope(row.allRooftops(), row.rooftopIds()), new TokenHash(row.tokenHash()),
                Columns.actor(row.invitedByKind(), row.invitedById()), row.createdAt(), row.expiresAt(),
                InvitationStatus.valueOf(row.status()), Optional.ofNullable(row.closedAt())), row.version());
    }
}
