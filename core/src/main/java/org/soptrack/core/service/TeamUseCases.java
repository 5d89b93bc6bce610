package org.soptrack.core.service;

import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;

/** An organization's team: invitations, members, their roles and rooftops. */
public record TeamUseCases(InviteMemberUseCase inviteMember, AcceptInvitationUseCase acceptInvitation,
                           RevokeInvitationUseCase revokeInvitation, ListTeamUseCase listTeam,
                           RemoveMemberUseCase removeMember, ChangeMemberRoleUseCase changeMemberRole) {

    static TeamUseCases of(Shared s) {
        CorePorts p = s.ports();
        return new TeamUseCases(
                new InviteMemberService(s.ctx(), p.invitations(), p.members(), p.rooftops(), p.tokens(),
                        s.settings().invitationValidity(), s.accountMessages()),
                new AcceptInvitationService(s.ctx(), p.invitations(), p.members(), p.tokens(), s.passwords()),
                new RevokeInvitationService(s.ctx(), p.invitations()),
                new ListTeamService(s.ctx(), p.members(), p.invitations()),
                new RemoveMemberService(s.ctx(), p.members(), s.sessions()),
                new ChangeMemberRoleService(s.ctx(), p.members(), p.rooftops()));
    }
}
