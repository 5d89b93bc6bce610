package org.soptrack.core.service;

import java.time.Instant;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.InvitationStatus;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.MemberRepository;

/**
 * Lists active members and unexpired pending invitations; an administrator limited to some rooftops sees only those
 * whose rooftops lie within theirs (R-TEN-2).
 */
public final class ListTeamService implements ListTeamUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final InvitationRepository invitations;

    ListTeamService(UseCaseContext ctx, MemberRepository members, InvitationRepository invitations) {
        this.ctx = ctx;
        this.members = members;
        this.invitations = invitations;
    }

    @Override
    public Outcome<Team> list(Actor actor) {
        return ctx.authorized(actor, Permission.MEMBER_READ, access -> {
            Instant now = ctx.now();
            return Outcome.ok(new Team(members.findActive(actor.tenantId()).stream()
                    .filter(m -> access.scope().includes(m.rooftops())).toList(),
                    invitations.findPending(actor.tenantId()).stream()
                            .filter(i -> i.statusAt(now) == InvitationStatus.PENDING)
                            .filter(i -> access.scope().includes(i.state().rooftops())).toList()));
        });
    }
}
